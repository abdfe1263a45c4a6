import { describe, expect, it } from 'vitest';
import type { DocumentLine } from '../../../electron/api';
import { correctedRole, roleCorrected, sectionName, topSections, withExcluded, withGenre, withRole } from './corrections';

const lines: DocumentLine[] = [
  { kind: 'salutation', part: 'opening', text: '同志们：' },
  { kind: 'paragraph', part: 'opening', text: '今天召开会议。' },
  { kind: 'heading', part: 'body', level: 1, marker: '一、', section: 0, role: 'review', text: '过去一年的工作' },
  { kind: 'paragraph', part: 'body', section: 0, role: 'review', text: '取得新进展。' },
  { kind: 'heading', part: 'body', level: 2, marker: '（一）', section: 0, role: 'review', text: '抓学习' },
  { kind: 'heading', part: 'body', level: 1, marker: '二、', section: 1, role: 'tasks', text: '今年的主要任务' },
  { kind: 'paragraph', part: 'body', section: 2, role: 'other', text: '无标题的一部分。' },
];

describe('corrections from the reader', () => {
  it('names each top-level section once, by its first heading line, with its role and line', () => {
    expect(topSections(lines)).toEqual([
      { index: 0, heading: '过去一年的工作', marker: '一、', role: 'review', line: 2 },
      { index: 1, heading: '今年的主要任务', marker: '二、', role: 'tasks', line: 5 },
    ]);
  });

  it('a role chosen twice for one section keeps the last; another section keeps its own', () => {
    const [a, b] = topSections(lines);
    let c = withRole(null, a, 'tasks');
    c = withRole(c, b, 'requirements');
    c = withRole(c, a, 'problems');
    expect(c?.roles).toEqual([
      { index: 1, heading: '今年的主要任务', role: 'requirements' },
      { index: 0, heading: '过去一年的工作', role: 'problems' },
    ]);
    expect(correctedRole(c, a)).toBe('problems');
    expect(roleCorrected(c, b)).toBe(true);
    // The same heading found at another position is the same section (what the engine matches on).
    expect(correctedRole(c, { ...a, index: 5 })).toBe('problems');
  });

  it('choosing the detected genre again, or taking the document back in, drops the correction', () => {
    const g = withGenre(null, 'speech', 'annual-report');
    expect(g).toEqual({ genre: 'speech' });
    expect(withGenre(g, 'annual-report', 'annual-report')).toBeNull();
    const x = withExcluded(g, true);
    expect(x).toEqual({ genre: 'speech', excluded: true });
    expect(withExcluded(x, false)).toEqual({ genre: 'speech' });
    expect(withExcluded(withExcluded(null, true), false)).toBeNull();
  });

  it('names an enumeration’s run by its items, then its first item; a heading by its marker and text', () => {
    const lines = [
      { kind: 'heading' as const, part: 'body' as const, level: 1 as const, marker: '第一…第五', enumeration: true as const, section: 0, role: 'review' as const, text: '7月26日，周而进同学摘取一块金牌' },
      { kind: 'heading' as const, part: 'body' as const, level: 1 as const, marker: '二、', section: 1, role: 'tasks' as const, text: '主要任务' },
    ];
    expect(topSections(lines).map(sectionName)).toEqual(['第一…第五：7月26日，周而进同学摘取一块金牌', '二、主要任务']);
  });
});
