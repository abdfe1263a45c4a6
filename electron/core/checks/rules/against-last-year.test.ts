import { describe, expect, it } from 'vitest';
import { draftFromPast } from '../../draft/from-past';
import { FROM_PAST_REASONS } from '../../draft/from-past-meta';
import { inlineText, type BlockElement, type Draft } from '../../draft/model';
import { smallReport } from '../../draft/test-helpers';
import { buildContext } from '../context';
import { draftOf, h, p, SETTINGS } from '../test-helpers';
import { againstLastYearRule, taskMentions } from './against-last-year';

const run = (draft: Draft) => againstLastYearRule.run(buildContext(draft, SETTINGS));
const taskFindings = (draft: Draft) => run(draft).filter((f) => f.id.startsWith('against-last-year:task'));
const figureFindings = (draft: Draft) => run(draft).filter((f) => f.id.startsWith('against-last-year:figure'));

/** The small report's draft with its review scaffold as a user leaves it: headings rewritten, completion written, guidance deleted. */
function written(keep: (task: number) => boolean, heading: (task: number, text: string) => string = (_, t) => t): Draft {
  const { draft, summary } = draftFromPast(smallReport());
  const s = summary.scaffold!;
  const content: BlockElement[] = [];
  let task = -1;
  draft.content.forEach((b, i) => {
    const inScaffold = i > s.blockIndex && i <= s.blockIndex + summary.carried.scaffoldBlocks;
    if (!inScaffold) return content.push(b);
    if (b.type === 'heading') {
      task++;
      if (keep(task)) {
        content.push(h(2, heading(task, inlineText(b.children))));
        content.push(p(`全年完成任务${task + 1}的各项工作。`));
      }
    }
  });
  return { ...draft, content };
}

describe('last year’s tasks the review does not mention', () => {
  it('finds nothing in the scaffold as made (every task heading is there)', () => {
    expect(taskFindings(draftFromPast(smallReport()).draft)).toEqual([]);
  });

  it('accepts headings rewritten as results (实体经济不断壮大…)', () => {
    const rewritten = ['实体经济不断壮大，高质量发展取得新成效', '民生实事全面办好，人民福祉持续增进', '政府自身建设全面加强'];
    expect(taskFindings(written(() => true, (i) => rewritten[i]))).toEqual([]);
  });

  it('names the task whose subsection was deleted, at the review heading', () => {
    const draft = written((i) => i !== 1);
    const found = taskFindings(draft);
    expect(found.map((f) => f.message)).toEqual(['去年部署的“办好民生实事，增进人民福祉”在今年的回顾中没有提到，请补写完成情况或说明']);
    expect(found[0]).toMatchObject({ severity: 'warning', start: 0 });
    expect(inlineText(draft.content[found[0].blockIndex].children)).toBe('2025年工作回顾');
  });

  it('does not count last year’s deployment quoted as guidance as a mention', () => {
    const { draft } = draftFromPast(smallReport());
    const withoutHeading = draft.content.filter((b) => inlineText(b.children) !== '办好民生实事，增进人民福祉');
    const guidance = withoutHeading.find((b) => inlineText(b.children).startsWith('去年部署：城镇新增就业'));
    expect(guidance?.children.every((c) => 'text' in c && c.check === FROM_PAST_REASONS.guidance)).toBe(true);
    expect(taskFindings({ ...draft, content: withoutHeading }).map((f) => f.message)).toEqual([expect.stringContaining('办好民生实事')]);
  });

  it('says so once when the draft has no review part left', () => {
    const { draft, summary } = draftFromPast(smallReport());
    const next = draft.content.findIndex((b, i) => i > summary.scaffold!.blockIndex && b.type === 'heading' && b.level === 1);
    const content = draft.content.filter((_, i) => i < summary.scaffold!.blockIndex || i >= next);
    expect(taskFindings({ ...draft, content })).toEqual([]);
    expect(run({ ...draft, content }).filter((f) => f.id === 'against-last-year:no-review')).toEqual([
      expect.objectContaining({ severity: 'info', message: '没有找到回顾部分，无法对照去年部署的3项任务' }),
    ]);
  });

  it('does nothing for a draft not made from a past document', () => {
    expect(run(draftOf([h(1, '2025年工作回顾', 'review'), p('城镇新增就业3万人以上。')]))).toEqual([]);
  });

  it('scores a review line that shares most of its words with one clause of a long task heading', () => {
    const [present, absent] = taskMentions(
      ['着力推进经济社会发展全面绿色低碳转型，加快建设美丽上海', '着力保障和改善民生，进一步提升人民生活品质'],
      ['绿色低碳转型步伐加快', '乡村全面振兴扎实推进'],
    );
    expect(present).toBeGreaterThan(0.35);
    expect(absent).toBe(0);
  });
});

describe('figures left as they were last year', () => {
  /** The draft with every check mark confirmed (cleared), as after the user went through them all. */
  function confirmed(draft: Draft): Draft {
    const clear = (b: BlockElement): BlockElement => ({ ...b, children: b.children.map((c) => ('text' in c && c.check && c.check !== FROM_PAST_REASONS.guidance ? { text: c.text } : c)) }) as BlockElement;
    return { ...draft, content: draft.content.map(clear) };
  }

  it('leaves figures still marked to check to their marks', () => {
    expect(figureFindings(draftFromPast(smallReport()).draft)).toEqual([]);
  });

  it('reports last year’s figures confirmed unchanged: in the review (warning), in the plan (info), not in the guidance', () => {
    const draft = confirmed(draftFromPast(smallReport()).draft);
    const found = figureFindings(draft);
    const at = (f: (typeof found)[number]) => inlineText(draft.content[f.blockIndex].children);
    const review = found.filter((f) => at(f).startsWith('2025年是'));
    expect(review.map((f) => f.message)).toEqual([
      '“生产总值增长5.2%”与去年报告相同：回顾的是今年的成绩，请换成今年的数据',
      '“城镇新增就业2.8”与去年报告相同：回顾的是今年的成绩，请换成今年的数据',
    ]);
    expect(review.every((f) => f.severity === 'warning')).toBe(true);
    const plan = found.filter((f) => at(f).startsWith('今年经济社会发展'));
    expect(plan.map((f) => at(f).slice(f.start, f.end))).toEqual(['5%', '3']);
    expect(plan.every((f) => f.severity === 'info')).toBe(true);
    expect(found.some((f) => at(f).startsWith('去年部署'))).toBe(false);
  });

  it('does not report a figure that was updated, or the same number counting something else', () => {
    const { draft } = draftFromPast(smallReport());
    const intro = draft.content.findIndex((b) => inlineText(b.children).startsWith('2025年是'));
    const content = [...draft.content];
    content[intro] = p('2025年，全市生产总值增长5.6%，城镇新增就业3.1万人，新增托位12个。');
    expect(figureFindings({ ...draft, content }).filter((f) => f.blockIndex === intro)).toEqual([]);
  });
});
