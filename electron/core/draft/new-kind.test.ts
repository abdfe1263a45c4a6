/**
 * A new block kind is one entry in core/draft/blocks.ts (plus its element type and its view). This test adds a
 * throwaway kind at run time — no other file knows it — and shows that saving (the file format), autosave and
 * export (the host-side argument schemas), the .txt export, the clipboard HTML, the normaliser, the editor's
 * block rules, 讲话时长 and 复用率 all handle it from its spec alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from './model';

type Modules = {
  fileFormat: typeof import('./file-format');
  schemas: typeof import('../../api-schemas');
  plainText: typeof import('./plain-text');
  richHtml: typeof import('./rich-html');
  normalize: typeof import('./normalize');
  blocks: typeof import('./blocks');
  checks: typeof import('../checks/index');
  reuse: typeof import('../checks/reuse');
  plugin: typeof import('../../../renderer/editor/plugin');
  slate: typeof import('slate');
};
let m: Modules;

beforeAll(async () => {
  await import('./fixtures/new-kind');
  m = {
    fileFormat: await import('./file-format'),
    schemas: await import('../../api-schemas'),
    plainText: await import('./plain-text'),
    richHtml: await import('./rich-html'),
    normalize: await import('./normalize'),
    blocks: await import('./blocks'),
    checks: await import('../checks/index'),
    reuse: await import('../checks/reuse'),
    plugin: await import('../../../renderer/editor/plugin'),
    slate: await import('slate'),
  };
});

const approval = { type: 'approval', date: '2025年3月1日', children: [{ text: '某某市人民政府办公室' }] };
const draft = (): Draft =>
  ({
    meta: { createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' },
    content: [
      { type: 'title', children: [{ text: '关于做好春耕工作的通知' }] },
      { type: 'paragraph', children: [{ text: '请各地认真贯彻执行本通知要求。' }] },
      structuredClone(approval),
    ],
  }) as unknown as Draft;

describe('a block kind declared only in blocks.ts', () => {
  it('is saved and opened again (the .gwdraft file format)', () => {
    const back = m.fileFormat.parseDraftFile(m.fileFormat.serializeDraft(draft()));
    expect(back).toEqual({ ok: true, draft: draft() });
  });

  it('passes the host-side checks of save, autosave and export', () => {
    expect(m.schemas.serviceArgs.draftSave.safeParse([draft(), '/tmp/a.gwdraft']).success).toBe(true);
    expect(m.schemas.serviceArgs.draftAutosave.safeParse([draft(), null]).success).toBe(true);
    expect(m.schemas.serviceArgs.docxExport.safeParse([draft(), { highlightIssues: false }]).success).toBe(true);
    // …and only with the attributes its spec declares.
    const bad = draft();
    (bad.content[2] as unknown as Record<string, unknown>).italic = true;
    expect(m.schemas.serviceArgs.draftAutosave.safeParse([bad, null]).success).toBe(false);
  });

  it('is exported to .txt and to the clipboard HTML in its own form, and names its .docx format row', () => {
    expect(m.plainText.draftToPlainText(draft())).toBe('关于做好春耕工作的通知\n\n\u3000\u3000请各地认真贯彻执行本通知要求。\n\n某某市人民政府办公室\n');
    expect(m.richHtml.draftToClipboardHtml(draft())).toMatch(/<p style="[^"]*text-indent:32pt[^"]*">某某市人民政府办公室<\/p>/);
    expect(m.blocks.formatRowOf(draft().content[2])).toBe('body');
  });

  it('is kept as itself by the normaliser, attributes mended by its spec', () => {
    const { value } = m.normalize.normalizeFragment([{ ...approval, date: 7, align: 'right' }]);
    expect(value).toEqual([{ type: 'approval', children: [{ text: '某某市人民政府办公室' }] }]);
    expect(m.normalize.normalizeDraft(draft())).toEqual({ value: draft(), notes: [] });
  });

  it('stays a top-level block in the editor, and Enter after it starts a paragraph', () => {
    const { createEditor, Editor, Transforms } = m.slate;
    const e = m.plugin.withGongwen(createEditor());
    e.children = structuredClone(draft().content);
    Editor.normalize(e, { force: true });
    expect(e.children).toEqual(draft().content);
    Transforms.select(e, Editor.end(e, [2]));
    Editor.insertBreak(e);
    expect(e.children[3]).toEqual({ type: 'paragraph', children: [{ text: '' }] });
  });

  it('is left out of 讲话时长 and 复用率 because its spec says it is not read aloud', () => {
    const t = m.checks.speechTiming(draft(), 220);
    expect(t.totalChars).toBe('请各地认真贯彻执行本通知要求。'.length);
    const index = new m.reuse.ReuseIndex([{ docId: 'd', docTitle: '往年', paragraphs: ['某某市人民政府办公室关于春耕。', '请认真贯彻执行本通知的各项要求。'] }]);
    expect(index.analyze(draft()).sentences).toBe(1);
    expect(() => m.checks.runChecks(draft(), { maxSentenceChars: 120, maxParagraphChars: 600 })).not.toThrow();
  });
});
