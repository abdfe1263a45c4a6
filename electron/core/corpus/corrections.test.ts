/** User corrections: genre, section roles (keyed by heading and position), leaving a document out. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze';
import { applyCorpusCorrections, applyCorrections } from './corrections';
import { deriveSkeletons } from './skeletons';
import type { Corpus } from './types';

const REPORT = [
  '某某局2023年工作报告',
  '一、工作回顾',
  '一年来，我们完成了各项任务，全年新增就业1.2万人，同比增长5%。',
  '二、一张蓝图绘到底',
  '要坚持以人民为中心，着力推进各项改革，确保目标实现。',
  '在看到成绩的同时，我们也清醒地看到，工作中还存在一些问题和不足。',
  '三、明年工作打算',
  '要进一步加强队伍建设，切实提高工作水平。',
].join('\n');

const doc = () => analyzeDocument({ id: 'r.txt', fileName: 'r.txt', text: REPORT });

describe('applyCorrections', () => {
  it('overrides the genre and says so, leaving the analysis it was given untouched', () => {
    const d = doc();
    const before = JSON.stringify(d);
    const { doc: out } = applyCorrections(d, { genre: 'summary' });
    expect(out.genre).toBe('summary');
    expect(out.genreReasons).toEqual(['用户更正']);
    expect(out.corrections).toEqual({ genre: 'summary' });
    expect(JSON.stringify(d)).toBe(before);
  });

  it('sets a section role by its heading, even when the section has moved, and works out its paragraphs again', () => {
    const d = doc();
    expect(d.sections[1].role).toBe('tasks');
    // The problems paragraph has its own role inside a tasks section.
    expect(d.sections[1].children.some((c) => c.kind === 'paragraph' && c.role === 'problems')).toBe(true);
    const { doc: out, unapplied } = applyCorrections(d, { roles: [{ index: 5, heading: '一张蓝图绘到底', role: 'requirements' }] });
    expect(unapplied).toEqual([]);
    expect(out.sections.map((s) => s.role)).toEqual(['review', 'requirements', 'tasks']);
    expect(d.sections[1].role).toBe('tasks');
    expect(out.sections[0]).toBe(d.sections[0]);
    expect(out.sections[1].children.some((c) => c.kind === 'paragraph' && c.role === 'problems')).toBe(true);
  });

  it('reports a role correction whose section is gone instead of applying it to another', () => {
    const { doc: out, unapplied } = applyCorrections(doc(), { roles: [{ index: 1, heading: '已删去的一节', role: 'review' }] });
    expect(unapplied).toHaveLength(1);
    expect(out.sections.map((s) => s.role)).toEqual(doc().sections.map((s) => s.role));
  });

  it('finds a part built from a run of 一要… items by the heading the analysis gave it', () => {
    const speech = analyzeDocument({ id: 's', fileName: 's.txt', text: '同志们：\n今天开会，我讲三点。\n一要加强学习，提高本领。\n二要改进作风，狠抓落实。\n三要严守纪律，廉洁自律。' });
    expect(speech.sections.map((s) => [s.implicit, s.heading])).toEqual([['enumeration', '加强学习，提高本领']]);
    const { doc: out } = applyCorrections(speech, { roles: [{ index: 0, heading: speech.sections[0].heading, role: 'requirements' }] });
    expect(out.sections[0].role).toBe('requirements');
  });
});

describe('applyCorpusCorrections', () => {
  it('leaves excluded documents out and feeds corrected roles into the skeletons', () => {
    const corpus: Corpus = { documents: [doc(), { ...doc(), id: 'other.txt' }], issues: [] };
    const corrected = applyCorpusCorrections(corpus, {
      'r.txt': { roles: [{ index: 1, heading: '一张蓝图绘到底', role: 'requirements' }] },
      'other.txt': { excluded: true },
    });
    expect(corrected.documents.map((d) => d.id)).toEqual(['r.txt']);
    const roles = (c: Corpus) => deriveSkeletons(c)[0].sections.map((s) => s.role);
    expect(roles(corrected)).toContain('requirements');
    expect(deriveSkeletons(corpus)[0].sourceDocs).toEqual(['r.txt', 'other.txt']);
  });
});
