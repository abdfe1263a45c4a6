import type { Draft } from '../../core/draft/model';

/** A ~1.5 MB draft whose every paragraph names its version, so a mix of two versions is detectable. */
export function bigDraft(version: number, paragraphs = 400): Draft {
  const body = '深入实施职工经济技术创新工程，广泛开展各项职工科技和经济技术创新活动。'.repeat(30);
  return {
    meta: { genre: 'annual-report', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: `v${version}` },
    content: [
      { type: 'title', children: [{ text: `第${version}版工作报告` }] },
      ...Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, children: [{ text: `【v${version}·${i}】${body}` }] })),
    ],
  };
}

/** The version a draft written by bigDraft holds, or throws if its paragraphs disagree (a torn write). */
export function versionOf(d: Draft): number {
  const v = Number(String(d.meta.updatedAt).slice(1));
  d.content.slice(1).forEach((b, i) => {
    const t = (b.children[0] as { text: string }).text;
    if (!t.startsWith(`【v${v}·${i}】`)) throw new Error(`paragraph ${i} is not version ${v}`);
  });
  return v;
}
