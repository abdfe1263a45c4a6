import { describe, expect, it } from 'vitest';
import { inlineText } from '../draft/model';
import { RULE_LABELS, RULES, runChecks, speechTiming } from './index';
import { draftOf, h, p, SETTINGS, seedLines, seedParagraph, title } from './test-helpers';

describe('runChecks', () => {
  // A draft pasted together from the seed corpus, with its own errors.
  const draft = draftOf([
    title('在总工会全委会上的讲话'),
    { type: 'salutation', children: [{ text: '各位理事、各位代表，同志们：' }] },
    p(seedParagraph('这是全县广大党外知识分子盼望已久的一件盛事!')),
    h(1, '20_年工会工作回顾', 'review'),
    p(seedParagraph('信访案件办结率达1000%')),
    h(1, '时间安排和方法步骤', 'steps'),
    p(seedParagraph('(一)学习动员阶段')),
    p(seedParagraph('(三)整改落实阶段')),
  ]);
  const found = runChecks(draft, SETTINGS);

  it('reports each of the seed’s errors under its rule', () => {
    const byRule = (rule: string) => found.filter((f) => f.rule === rule);
    const text = (i: number) => inlineText(draft.content[i].children);
    expect(byRule('punctuation').some((f) => f.blockIndex === 2 && text(2)[f.start] === '!')).toBe(true);
    expect(byRule('figures').map((f) => text(f.blockIndex).slice(f.start, f.end))).toEqual(['1000%']);
    expect(byRule('placeholders').map((f) => [f.blockIndex, text(f.blockIndex).slice(f.start, f.end)])).toContainEqual([3, '20_']);
    expect(byRule('numbering').map((f) => f.id.split(':')[1])).toEqual(['spelling', 'spelling', 'gap']);
  });

  it('sorts by block then offset, with unique ids and ranges inside the block text', () => {
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1];
      const b = found[i];
      expect(a.blockIndex < b.blockIndex || (a.blockIndex === b.blockIndex && a.start <= b.start)).toBe(true);
    }
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    for (const f of found) {
      const len = inlineText(draft.content[f.blockIndex].children).length;
      expect(0 <= f.start && f.start <= f.end && f.end <= len).toBe(true);
      expect(RULE_LABELS[f.rule]).toBeTruthy();
    }
  });

  it('applying every fix and re-checking leaves no fixable finding behind', () => {
    let d = draft;
    let applied = 0;
    for (; applied < 100; applied++) {
      const f = runChecks(d, SETTINGS).find((x) => x.fix);
      if (!f) break;
      const content = d.content.map((b, i) => {
        if (i !== f.blockIndex) return b;
        const t = inlineText(b.children);
        return { ...b, children: [{ text: t.slice(0, f.start) + f.fix!.replacement + t.slice(f.end) }] } as typeof b;
      });
      d = { ...d, content };
    }
    // 4 × ! in block 2, and (一)/(三) plus their (…) date brackets in blocks 6 and 7.
    expect(applied).toBe(10);
    const left = runChecks(d, SETTINGS);
    expect(left.filter((f) => f.fix)).toHaveLength(0);
    expect(inlineText(d.content[6].children).startsWith('（一）学习动员阶段（2月20日至26日）。')).toBe(true);
  });

  it('runs only the rules it is given (the list is extensible)', () => {
    expect(runChecks(draft, SETTINGS, [])).toEqual([]);
    const custom = { id: 'custom', label: '自定义', run: () => [{ id: 'c', rule: 'custom', severity: 'info' as const, message: '测试', blockIndex: 0, start: 0, end: 0 }] };
    expect(runChecks(draft, SETTINGS, [...RULES, custom]).filter((f) => f.rule === 'custom')).toHaveLength(1);
  });
});

describe('speechTiming', () => {
  it('times each top-level section and the whole at the given rate, title not counted', () => {
    const d = draftOf([
      title('在全委会上的讲话'),
      { type: 'salutation', children: [{ text: '同志们：' }] }, // 4
      p('今天召开会议。'), // 7
      h(1, '工作回顾'), // 4
      h(2, '强化引领'), // 4
      p('2024年，取得成效。'), // 11
      h(1, '主要任务'), // 4
      p('', { type: 'placeholder', label: '年份', children: [{ text: '' }] }, '年要抓落实。'), // 4 + 6
    ]);
    const t = speechTiming(d, 220);
    expect(t.sections.map((s) => [s.blockIndex, s.heading, s.chars])).toEqual([
      [1, '开头', 11],
      [3, '工作回顾', 19],
      [6, '主要任务', 14],
    ]);
    expect(t.totalChars).toBe(44);
    expect(t.totalMinutes).toBeCloseTo(44 / 220);
    expect(t.sections[1].minutes).toBeCloseTo(19 / 220);
    expect(speechTiming(d, 110).totalMinutes).toBeCloseTo(0.4);
  });
  it('rejects a non-positive rate in Chinese', () => {
    expect(() => speechTiming(draftOf([]), 0)).toThrow(/语速/);
  });
});

describe('runChecks over the whole seed corpus', () => {
  // Every line of assets/seed-reports.txt: 第N篇 lines as titles, `>` lines as level-1 headings, the rest as paragraphs.
  const content = seedLines()
    .filter((l) => l.trim())
    .map((l) => (/^\s*第\d+篇/.test(l) ? title(l) : /^\s*>/.test(l) ? h(1, l.replace(/^[\s\u3000>]+/, '')) : p(l)));
  const draft = draftOf(content);

  it('reports valid, uniquely identified ranges under every rule but 重复字词', () => {
    const found = runChecks(draft, SETTINGS);
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    for (const f of found) {
      const len = inlineText(draft.content[f.blockIndex].children).length;
      expect(0 <= f.start && f.start < f.end && f.end <= len, f.id).toBe(true);
    }
    const rules = new Set(found.map((f) => f.rule));
    // leftovers: the seed's names were taken out before it was published (贯彻落实同志在考察时…): real holes.
    expect([...rules].sort()).toEqual(['figures', 'leftovers', 'length', 'numbering', 'placeholders', 'punctuation']);
    expect(found.filter((f) => f.rule === 'leftovers').map((f) => inlineText(draft.content[f.blockIndex].children).slice(f.start, f.end))).toEqual(Array(5).fill('同志'));
  });

  it('applying all fixes converges: no fixable finding is left and no fix re-creates one', () => {
    let d = draft;
    let rounds = 0;
    for (; rounds < 5; rounds++) {
      const fixes = runChecks(d, SETTINGS).filter((f) => f.fix);
      if (!fixes.length) break;
      const content = d.content.map((b, i) => {
        // Right to left, skipping a fix that overlaps one already applied (the next round gets it).
        const mine = fixes.filter((f) => f.blockIndex === i).sort((a, b) => b.start - a.start);
        if (!mine.length) return b;
        let t = inlineText(b.children);
        let limit = Infinity;
        for (const f of mine) {
          if (f.end > limit) continue;
          t = t.slice(0, f.start) + f.fix!.replacement + t.slice(f.end);
          limit = f.start;
        }
        return { ...b, children: [{ text: t }] } as typeof b;
      });
      d = { ...d, content };
    }
    expect(rounds).toBeLessThanOrEqual(2);
    expect(runChecks(d, SETTINGS).filter((f) => f.fix)).toEqual([]);
    const all = d.content.map((b) => inlineText(b.children)).join('\n');
    expect(all).toContain('（一）学习动员阶段（2月20日至26日）。');
    expect(all).toContain('“中国梦·劳动美”');
    expect(all).not.toMatch(/[\u4e00-\u9fff][!;,?]|[!;,?][\u4e00-\u9fff]/);
  });
});
