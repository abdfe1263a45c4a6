import { describe, expect, it } from 'vitest';
import { deepFragment, hostileFragment, hostileValue, rng, textOf } from './fixtures/hostile';
import { parseDraftFile, serializeDraft } from './file-format';
import { DRAFT_LIMITS } from './limits';
import { type BlockElement, type Draft, emptyDraft, inlineText } from './model';
import { normalizeDraft, normalizeFragment, normalizeInlines } from './normalize';
import { draftSchema } from './schema';
import { readFileSync } from 'node:fs';
import { sampleDraft } from '../docx/fixtures/sample-draft';
import { seedDrafts } from '../docx/fixtures/seed-draft';

const META = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const saveable = (content: BlockElement[]) => draftSchema.safeParse({ meta: META, content });
const schemaErrors = (content: BlockElement[]) => {
  const r = saveable(content);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

/** What a file can hold: C0 controls but tab and line breaks, U+FFFE/U+FFFF and unpaired surrogates removed (written independently of the normaliser). */
function storable(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) continue;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}
const writtenText = (blocks: BlockElement[]) => blocks.map((b) => b.children.map((c) => ('type' in c ? c.children.map((t) => t.text).join('') : c.text)).join('')).join('');

describe('normalizeFragment', () => {
  it('drops keys the draft does not have (a foreign editor’s italic) and keeps the text', () => {
    const { value } = normalizeFragment([{ type: 'paragraph', align: 'center', children: [{ text: '斜体', italic: true, bold: true }] }]);
    expect(value).toEqual([{ type: 'paragraph', children: [{ text: '斜体', bold: true }] }]);
  });

  it('mends empty or missing children and pads placeholders with text leaves', () => {
    expect(normalizeFragment([{ type: 'paragraph', children: [] }, { type: 'title' }]).value).toEqual([
      { type: 'paragraph', children: [{ text: '' }] },
      { type: 'title', children: [{ text: '' }] },
    ]);
    expect(normalizeFragment([{ type: 'paragraph', children: [{ type: 'placeholder', label: '年份', children: [] }] }]).value).toEqual([
      { type: 'paragraph', children: [{ text: '' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '' }] },
    ]);
  });

  it('turns unknown kinds into 正文 with their text, opens containers of blocks, flattens a block nested in a block', () => {
    const r = normalizeFragment([
      { type: 'block-quote', children: [{ text: '引文' }, { type: 'link', url: 'x', children: [{ text: '链接' }] }, { text: '' }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: '一项' }] }, { type: 'heading', level: 2, children: [{ text: '小标题' }] }] },
      { type: 'paragraph', children: [{ text: '外' }, { type: 'paragraph', children: [{ text: '内' }] }] },
    ]);
    expect(r.value).toEqual([
      { type: 'paragraph', children: [{ text: '引文' }, { text: '链接' }, { text: '' }] },
      { type: 'paragraph', children: [{ text: '一项' }] },
      { type: 'heading', level: 2, children: [{ text: '小标题' }] },
      { type: 'paragraph', children: [{ text: '外' }, { text: '内' }] },
    ]);
    expect(r.notes).toEqual(['粘贴的内容中有 2 处本程序不认识的段落格式，已按正文保留其文字']);
  });

  it('gathers loose text at the top level into one paragraph', () => {
    expect(normalizeFragment([{ text: '甲' }, '乙', { type: 'placeholder', label: '单位', children: [{ text: '' }] }, { type: 'title', children: [{ text: '题' }] }, { text: '丙' }]).value).toEqual([
      { type: 'paragraph', children: [{ text: '甲' }, { text: '乙' }, { type: 'placeholder', label: '单位', children: [{ text: '' }] }, { text: '' }] },
      { type: 'title', children: [{ text: '题' }] },
      { type: 'paragraph', children: [{ text: '丙' }] },
    ]);
  });

  it('mends attributes by the block’s spec: a bad level becomes 1, a bad role is dropped', () => {
    expect(normalizeFragment([{ type: 'heading', level: 7, role: 'bogus', children: [{ text: '标题' }] }]).value).toEqual([{ type: 'heading', level: 1, children: [{ text: '标题' }] }]);
    expect(normalizeFragment([{ type: 'heading', level: 3, role: 'tasks', children: [{ text: '标题' }] }]).value).toEqual([{ type: 'heading', level: 3, role: 'tasks', children: [{ text: '标题' }] }]);
    expect(normalizeFragment([{ type: 'paragraph', level: 2, children: [{ text: '正文' }] }]).value).toEqual([{ type: 'paragraph', children: [{ text: '正文' }] }]);
  });

  it('placeholders hold text leaves only, and labels fit the file format', () => {
    const r = normalizeFragment([
      { type: 'paragraph', children: [{ type: 'placeholder', label: '长'.repeat(60), children: [{ type: 'placeholder', label: '内', children: [{ text: '2025' }] }] }] },
    ]);
    expect(r.value[0].children[1]).toEqual({ type: 'placeholder', label: '长'.repeat(DRAFT_LIMITS.labelChars), children: [{ text: '2025' }] });
    expect(schemaErrors(r.value)).toEqual([]);
  });

  it('removes characters no file can hold', () => {
    expect(inlineText(normalizeFragment([{ type: 'paragraph', children: [{ text: 'a\u0000b\u0007c\ufffed\ud800e\tf' }] }]).value[0].children)).toBe('abcde\tf');
  });

  it('keeps what fits the room left and says what it left out', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ type: 'paragraph', children: [{ text: `第${i}段` }] }));
    const r = normalizeFragment(many, { blocks: 3 });
    expect(r.value.map((b) => inlineText(b.children))).toEqual(['第0段', '第1段', '第2段']);
    expect(r.notes).toEqual(['粘贴的内容超过 3 段的上限，超出的部分没有插入']);
    const c = normalizeFragment(many, { chars: 7 });
    expect(c.value.map((b) => inlineText(b.children))).toEqual(['第0段', '第1段', '第']);
    expect(c.notes).toEqual(['粘贴的内容超过 7 字的上限，超出的部分没有插入']);
  });

  it('survives a fragment nested 100,000 levels deep (no recursion on the input)', () => {
    const r = normalizeFragment(deepFragment(100_000));
    expect(writtenText(r.value)).toBe('底');
    expect(schemaErrors(r.value)).toEqual([]);
  });
});

describe('normalizeInlines', () => {
  it('keeps a dragged phrase’s leaves and placeholders, nothing else', () => {
    expect(normalizeInlines([{ text: '于', italic: true }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '年' }] }])).toEqual([
      { text: '于' },
      { type: 'placeholder', label: '年份', children: [{ text: '' }] },
      { text: '年' },
    ]);
    expect(normalizeInlines('不是数组')).toEqual([{ text: '不是数组' }]);
    expect(normalizeInlines(null)).toEqual([{ text: '' }]);
  });
});

describe('normalizeDraft', () => {
  it('leaves a valid draft as it is', () => {
    const seed = readFileSync(new URL('../../../assets/seed-reports.txt', import.meta.url), 'utf8');
    for (const d of [sampleDraft(), ...seedDrafts(seed)]) expect(normalizeDraft(structuredClone(d))).toEqual({ value: d, notes: [] });
    const e = emptyDraft(new Date('2025-01-01'));
    expect(normalizeDraft(structuredClone(e)).value).toEqual(e);
    const fromPast: Draft = { ...e, meta: { ...e.meta, reportYear: 2025, fromPast: { sourceId: 'a#1', sourceTitle: '2024年工作报告', sourceYear: 2024, tasks: ['抓好安全生产'], figures: [{ value: '18', before: '城镇新增就业' }] } } };
    expect(normalizeDraft(structuredClone(fromPast)).value).toEqual(fromPast);
  });

  it('mends meta and an empty content (the editor needs one block)', () => {
    const now = new Date('2025-02-03T04:05:06.000Z');
    const r = normalizeDraft({ meta: { genre: 'poem', reportYear: 3000, skeletonId: 7, createdAt: 'x'.repeat(100), extra: 1 }, content: [] }, now);
    expect(r.value).toEqual({ meta: { createdAt: now.toISOString(), updatedAt: now.toISOString() }, content: [{ type: 'paragraph', children: [{ text: '' }] }] });
    expect(normalizeDraft('not a draft', now).value.content).toHaveLength(1);
  });

  it('cuts a draft over the block limit with a message', () => {
    const content = Array.from({ length: DRAFT_LIMITS.blocks + 5 }, () => ({ type: 'paragraph', children: [{ text: '段' }] }));
    const r = normalizeDraft({ meta: META, content });
    expect(r.value.content).toHaveLength(DRAFT_LIMITS.blocks);
    expect(r.notes).toEqual(['草稿超过 100,000 段的上限，超出的部分没有载入']);
    expect(draftSchema.safeParse(r.value).success).toBe(true);
  });
});

describe('property: whatever comes in, the result is saveable and keeps its text', () => {
  const SEEDS = 400;

  it(`normalizeFragment on ${SEEDS} hostile fragments`, () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const input = hostileFragment(rng(seed));
      const before = textOf(input);
      const { value } = normalizeFragment(input);
      // Saveable: the draft schema (what save and autosave check) accepts it, and a file round trip restores it.
      expect(schemaErrors(value), `seed ${seed}`).toEqual([]);
      const draft: Draft = { meta: META, content: value.length ? value : emptyDraft().content };
      const back = parseDraftFile(serializeDraft(draft));
      expect(back.ok && back.draft, `seed ${seed}`).toEqual(draft);
      // No text lost (beyond characters no file can hold), none invented.
      expect(writtenText(value), `seed ${seed}`).toBe(storable(before));
      // Idempotent: normalising again changes nothing.
      expect(normalizeFragment(structuredClone(value)).value, `seed ${seed}`).toEqual(value);
    }
  });

  it(`normalizeDraft on ${SEEDS} hostile drafts`, () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = rng(seed * 7919);
      const input = r() < 0.2 ? hostileValue(r, 4) : { meta: r() < 0.5 ? META : hostileValue(r, 2), content: hostileFragment(r) };
      const { value } = normalizeDraft(input);
      const res = draftSchema.safeParse(value);
      expect(res.success ? [] : res.error.issues, `seed ${seed}`).toEqual([]);
      expect(value.content.length).toBeGreaterThan(0);
    }
  });
});
