import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from './model';
import { DRAFT_FORMAT_VERSION, parseDraftFile, serializeDraft } from './file-format';

const sample: Draft = {
  meta: { genre: 'annual-report', reportYear: 2025, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' },
  content: [
    { type: 'title', children: [{ text: '在2025年总工会全委会上的工作报告' }] },
    { type: 'salutation', children: [{ text: '各位委员、同志们：' }] },
    { type: 'heading', level: 1, role: 'review', children: [{ text: '', }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '年工会工作回顾' }] },
    { type: 'paragraph', children: [{ text: '深入实施职工经济技术创新工程。', bold: true }, { text: '全年开展技术攻关970项。', check: '数字' }] },
  ],
};

describe('draft file format', () => {
  it('round-trips a draft through serialize/parse unchanged', () => {
    const text = serializeDraft(sample);
    const env = JSON.parse(text);
    expect(env.format).toBe('gongwen-draft');
    expect(env.version).toBe(DRAFT_FORMAT_VERSION);
    const r = parseDraftFile(text);
    expect(r).toEqual({ ok: true, draft: sample });
  });

  it('accepts a UTF-8 BOM', () => {
    const r = parseDraftFile('\ufeff' + serializeDraft(emptyDraft()));
    expect(r.ok).toBe(true);
  });

  it('refuses a newer format version with the upgrade message naming the version', () => {
    const text = JSON.stringify({ format: 'gongwen-draft', version: 7, draft: { whatever: true } });
    expect(parseDraftFile(text)).toEqual({ ok: false, error: '此草稿由更新版本的公文起草助手创建（格式版本 7），请升级后再打开' });
  });

  it('gives Chinese errors for empty, truncated, foreign and malformed files', () => {
    const full = serializeDraft(sample);
    const cases = ['', '   \n', full.slice(0, full.length / 2), '{"a":1}', '[1,2]', JSON.stringify({ format: 'gongwen-draft', version: 1, draft: { meta: {}, content: [] } }), JSON.stringify({ format: 'gongwen-draft', version: '1', draft: sample })];
    for (const c of cases) {
      const r = parseDraftFile(c);
      expect(r.ok, c.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says where a damaged file is damaged in the user’s words, and leaves “无法打开” to the caller (said once)', () => {
    const env = JSON.parse(serializeDraft(sample));
    const withMeta = structuredClone(env);
    withMeta.draft.meta.createdAt = 42;
    expect(parseDraftFile(JSON.stringify(withMeta))).toEqual({ ok: false, error: '草稿文件已损坏，文件信息（创建时间、年份等）无法识别' });
    const withBlock = structuredClone(env);
    withBlock.draft.content[2].level = 9;
    expect(parseDraftFile(JSON.stringify(withBlock))).toEqual({ ok: false, error: '草稿文件已损坏，第 3 段的内容无法识别' });
    for (const c of ['', '{"format":"gongwen-draft",', JSON.stringify({ ...env, version: 'x' }), JSON.stringify(withMeta), JSON.stringify(withBlock)]) {
      const r = parseDraftFile(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).not.toMatch(/无法打开|位置|meta|content|JSON/);
    }
  });

  it('rejects unknown block types and extra fields rather than silently dropping them', () => {
    const bad = JSON.parse(serializeDraft(sample));
    bad.draft.content.push({ type: 'table', children: [] });
    expect(parseDraftFile(JSON.stringify(bad)).ok).toBe(false);
  });
});
