/**
 * Skeletons derived from real documents (../shared/corpus/real, beside the repository as in CI): every genre
 * found gets one, and they read like real reports — the problems paragraph closes the review instead of
 * heading a part of its own, rare parts are optional, lengths are ranges only with three documents behind them,
 * and placeholders come as parts, never as raw `{…}` text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../services/corpus-files';
import { deriveSkeletons } from '../core/corpus/skeletons';
import { draftFromSkeleton, partCaption, patternToInlines } from '../core/draft/from-skeleton';
import { inlineText } from '../core/draft/model';
import type { Skeleton } from '../core/corpus/types';
import { REAL_DIR } from '../test-support/real-corpus';

const DIR = REAL_DIR.replace(/\/$/, '');
let skeletons: Skeleton[];
const of = (g: string) => skeletons.find((s) => s.genre === g)!;
const spine = (s: Skeleton) => s.sections.filter((x) => !x.optional).map((x) => `${x.role}:${x.form}${x.within ? `@${x.within}.${x.at}` : ''}`);

beforeAll(async () => {
  expect(existsSync(DIR), `missing ${DIR}: the evaluation set (../shared/corpus/real or its kept copy) is missing`).toBe(true);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => `${DIR}/${f}`);
  skeletons = deriveSkeletons(await importPaths(files));
});

describe('skeletons from real documents', () => {
  it('one per genre found: 年度工作报告, 工作总结, 述职报告, 讲话, 致辞, 实施方案, 工作计划', () => {
    expect(skeletons.map((s) => s.genre)).toEqual(['annual-report', 'speech', 'plan', 'summary', 'debrief', 'work-plan', 'address']);
  });

  it('年度工作报告: 开头, 回顾 closed by the problems paragraph, 总体要求, 主要任务', () => {
    expect(spine(of('annual-report'))).toEqual(['opening:unheaded', 'review:heading', 'problems:paragraph@review.end', 'requirements:heading', 'tasks:heading', 'closing:unheaded']);
    const draft = draftFromSkeleton(of('annual-report'));
    expect(draft.content.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.role : ''))).toEqual(['review', 'requirements', 'tasks']);
  });

  it('述职报告 and 工作总结 report work done and then name their shortcomings', () => {
    expect(spine(of('debrief'))).toEqual(expect.arrayContaining(['review:heading', 'problems:heading']));
    expect(spine(of('summary'))).toContain('review:heading');
  });

  it('a speech without headings and a 致辞 are paragraphs between an opening and a closing', () => {
    expect(spine(of('address'))).toEqual(expect.arrayContaining(['opening:unheaded', 'closing:unheaded']));
    expect(of('address').sections.some((s) => s.form === 'heading' && !s.optional)).toBe(false);
  });

  it('marks rare parts optional, gives ranges only with three documents, and placeholders only as parts', () => {
    for (const sk of skeletons)
      for (const s of sk.sections) {
        expect(!!s.optional, `${sk.genre}/${s.role}`).toBe(s.frequency * 2 < sk.sourceDocs.length);
        if (s.lengthRange) expect(s.lengthRange.docs).toBeGreaterThanOrEqual(3);
        else expect(new Set(sk.sourceDocs).size >= 3 && s.frequency >= 3).toBe(false);
        for (const parts of [...(s.headingParts ?? []), ...(s.openingParts ?? []), ...s.headingExamples.map((e) => e.parts ?? [])])
          for (const p of parts) if ('text' in p) expect(p.text).not.toMatch(/[{}]/);
      }
  });

  it('a part playing none of the usual roles in just one of several documents is that document’s subject, not the genre’s', () => {
    for (const sk of skeletons) if (sk.sourceDocs.length >= 3) expect(sk.sections.filter((s) => s.role === 'other' && s.frequency < 2), sk.genre).toEqual([]);
    // 家长开放日讲话's 如何用科学的视角看待我们的孩子 was offered to every speech as an optional part.
    expect(of('speech').sections.map((s) => s.role)).not.toContain('other');
    expect(of('annual-report').sections.map((s) => s.role)).toContain('other');
  });

  it('the picker names each part as the new draft lays it out: a heading only where the draft has one', () => {
    for (const sk of skeletons) {
      const headings = draftFromSkeleton(sk).content.flatMap((b) => (b.type === 'heading' ? [`${b.role}:${inlineText(b.children)}`] : []));
      const captioned = sk.sections.filter((s) => !s.optional).flatMap((s) => {
        const c = partCaption(s, sk);
        return c.heading ? [`${s.role}:${inlineText(patternToInlines(c.text))}`] : [];
      });
      expect(captioned, sk.genre).toEqual(headings);
    }
    // The speech's 回顾 is written without a heading in most of the real speeches: named as such, not by one speech's heading.
    expect(partCaption(of('speech').sections.find((s) => s.role === 'review')!, of('speech')).text).toBe('回顾段落（不设标题）');
  });

  it('a new draft’s headings are the archive’s usual ones, not whichever document came first', () => {
    const report = of('annual-report');
    const caption = (role: string) => partCaption(report.sections.find((s) => s.role === role)!, report).text;
    // The first document's own were “一年接着一年干，新{地名}建设持续取得新进展新成效” and “一鼓作气勇争先，全力推动…”.
    expect(caption('review')).toBe('工作回顾');
    expect(caption('tasks')).toBe('“{规划期}”时期主要目标和{年份}年重点工作');
  });
});
