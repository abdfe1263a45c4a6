/** The archive reads stored corrections as the engine's DocumentCorrections, the interim shape included. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../core/corpus/analyze';
import { applyCorrections, readCorrections, unappliedRoles } from './corrections';

const doc = analyzeDocument({
  id: 'r.txt',
  fileName: 'r.txt',
  text: ['关于2023年工作情况的报告', '一、工作回顾', '一年来，我们完成了各项任务，全年新增就业1.2万人。', '二、明年工作打算', '要进一步加强队伍建设，切实提高工作水平。'].join('\n'),
});

describe('readCorrections', () => {
  it('keeps the engine’s shape and drops what is not one (unknown genres and roles, empty corrections)', () => {
    const c = { genre: 'summary', roles: [{ index: 1, heading: '明年工作打算', role: 'review' }], excluded: true };
    expect(readCorrections(c)).toEqual(c);
    expect(readCorrections({ genre: 'poem', roles: [{ index: 0, heading: 'x', role: 'boss' }] })).toBeNull();
    expect(readCorrections({})).toBeNull();
    expect(readCorrections(null)).toBeNull();
    expect(readCorrections('text')).toBeNull();
  });

  it('reads the interim shape ({section, role}, exclude), taking each section’s heading from the analysis', () => {
    const legacy = { roles: [{ section: 1, role: 'review' }], exclude: true };
    expect(readCorrections(legacy, (i) => doc.sections[i]?.heading)).toEqual({ roles: [{ index: 1, heading: '明年工作打算', role: 'review' }], excluded: true });
    expect(applyCorrections(doc, legacy as never).sections.map((s) => s.role)).toEqual(['review', 'review']);
  });

  it('names the role corrections that find no section', () => {
    const c = { roles: [{ index: 0, heading: '工作回顾', role: 'tasks' as const }, { index: 1, heading: '已删去', role: 'review' as const }] };
    expect(unappliedRoles(c, ['工作回顾', '明年工作打算'])).toEqual([c.roles[1]]);
  });
});
