import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze';
import { scoreDocument } from './evaluate';

describe('scoreDocument', () => {
  const plan = analyzeDocument({
    id: 't',
    fileName: 't.txt',
    text: ['某某学院2027年工作要点', '一、主要任务', '要进一步完善工作机制，着力提升服务水平。', '二、保障措施', '要加强组织领导，压实工作责任。'].join('\n'),
  });
  const label = (genre: string) => ({ file: 't.txt', genre, top: [], has_problems_part: false });

  it('reads a 工作要点/工作计划 label as the 实施方案 bucket, where the engine’s work plans are scored', () => {
    expect(plan.genre).toBe('work-plan');
    expect(scoreDocument(plan, label('工作要点/工作计划')).genreRight).toBe(true);
    expect(scoreDocument(plan, label('实施方案')).genreRight).toBe(true);
    expect(scoreDocument(plan, label('工作总结')).genreRight).toBe(false);
  });
});
