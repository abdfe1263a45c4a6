import { describe, expect, it } from 'vitest';
import { inlineText } from '../draft/model';
import { normalizeInFull, normalizeSentence, ReuseIndex, reuseSentences } from './reuse';
import { draftOf, h, p, seedDocs, seedLines, seedParagraph, title } from './test-helpers';



describe('normalizeSentence', () => {
  it('gives the same form whichever way it takes (random sentences over the characters its rewrites look at)', () => {
    const alphabet = [...'工作推进，。、；：“”（）【】{}xXｘＸ×0１2_＿.,%．％ＡｂCd#①〇 \t'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 1500; i++) {
      const s = Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(normalizeSentence(s), s).toBe(normalizeInFull(s));
      const plain = s.replace(/[【{xXｘＸ×0-9０-９_＿Ａ-Ｚａ-ｚ#]/g, '');
      expect(normalizeSentence(plain), plain).toBe(normalizeInFull(plain));
    }
  });
});

describe('sentence split and normalisation', () => {
  it('splits on 。！？；… and line ends, keeping closing quotes', () => {
    const t = '一是强化教育；二是强化服务！“真抓实干。”结尾……下一句\n另一行';
    expect(reuseSentences(t).map((r) => t.slice(r.start, r.end))).toEqual(['一是强化教育；', '二是强化服务！', '“真抓实干。”', '结尾……', '下一句', '另一行']);
  });
  it('folds punctuation, numbers and year placeholders', () => {
    const a = normalizeSentence('20_年全市新建工会8182个，新发展会员83630人。');
    expect(a).toBe(normalizeSentence('2024年全市新建工会 9,001个;新发展会员1.5万人！'.replace('万', '')));
    expect(normalizeSentence('【年份】年是关键一年')).toBe(normalizeSentence('xx年是关键一年'));
    expect(a).not.toContain('，');
    expect(normalizeSentence('２０２４年推进ＡＩ＋制造，。')).toBe(normalizeSentence('2024年推进ai制造'));
  });
});

describe('ReuseIndex on the seed corpus', () => {
  const index = new ReuseIndex(seedDocs());
  const copied = '深入推动全市厂务公开民主管理化进程，开展创建厂务公开民主管理示范单位活动，不断规范公有制企事业单位职代会制度及工作程序，推进非公有制企业区域性、行业性职代会建设。';
  const withNewNumbers = '2024年全市签订集体合同2001份，覆盖企业6000家，涉及职工人数400000人;';
  // The seed sentence with “、学术成就” dropped.
  const edited = '我们将发挥先进典型的教育作用，大力宣传一批爱岗敬业、无私奉献的优秀党外知识分子的工作业绩和先进事迹，以他们为榜样对会员进行爱国主义、社会主义和科学发展观的教育，帮助会员进一步树立科学的世界观和奋发向上的人生观。';
  const fresh = ['今年全区将新建职工书屋四十家，力争实现乡镇全覆盖。', '数字化服务平台上线后，会员可以在手机上办理入会、转会和帮扶申请。'];

  it('indexes the seed’s sentences', () => {
    expect(index.size).toBeGreaterThan(400);
  });

  it('finds verbatim, renumbered and lightly edited copies with their source, and not fresh text', () => {
    expect(seedLines().some((l) => l.includes(copied))).toBe(true);
    const draft = draftOf([title('2024年工作报告'), h(1, '工作回顾'), p(copied + withNewNumbers), p(edited), p(...fresh)]);
    const r = index.analyze(draft);
    expect(r.sentences).toBe(5);
    expect(r.copied).toBe(3);
    expect(r.ratio).toBeCloseTo(3 / 5);
    const text = (b: number) => inlineText(draft.content[b].children);
    expect(r.spans.map((s) => [s.blockIndex, text(s.blockIndex).slice(s.start, s.end)])).toEqual([
      [2, copied],
      [2, withNewNumbers],
      [3, edited],
    ]);
    expect(r.spans[0]).toMatchObject({ similarity: 1, source: { docId: 'seed-reports.txt#2', sentence: copied } });
    expect(r.spans[1].source.sentence).toMatch(/^20_年全市签订集体合同1857份/);
    expect(r.spans[2].similarity).toBeGreaterThanOrEqual(0.8);
    expect(r.spans[2].similarity).toBeLessThan(1);
    expect(r.spans[2].source.sentence).toContain('我们将发挥先进典型的教育作用');
  });

  it('does not count a sentence that only shares a phrase with the corpus', () => {
    const draft = draftOf([p('我们将发挥先进典型的教育作用，组织青年职工走进社区开展志愿服务和文明宣讲活动。')]);
    expect(index.analyze(draft)).toMatchObject({ sentences: 1, copied: 0, ratio: 0 });
  });

  it('ignores short generic sentences and the title; empty draft gives ratio 0', () => {
    const draft = draftOf([title('在20_年总工会全委会上的讲话'), { type: 'salutation', children: [{ text: '同志们：' }] }]);
    expect(index.analyze(draft)).toEqual({ ratio: 0, sentences: 0, copied: 0, spans: [] });
  });

  it('gives the same answer from cache after an edit elsewhere, and re-checks the edited sentence', () => {
    const before = draftOf([p(copied), p(fresh[0])]);
    expect(index.analyze(before).copied).toBe(1);
    const after = draftOf([p(copied), p(copied.slice(0, 30) + '。')]);
    const r = index.analyze(after);
    expect(r.copied).toBe(1); // a 30-char head of a copied sentence is not ≥ 0.8 similar to the whole
    const again = draftOf([p(copied), p(copied)]);
    expect(index.analyze(again).copied).toBe(2);
    index.clearCache();
    expect(index.analyze(again).copied).toBe(2);
  });
});

describe('ReuseIndex.createAsync', () => {
  const docs = seedDocs();
  const draft = draftOf([p(seedParagraph('深入推动全市厂务公开民主管理化进程')), p('今年全区将新建职工书屋四十家，力争实现乡镇全覆盖。')]);

  it('builds the same index as the constructor, yielding to other tasks between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const index = await ReuseIndex.createAsync([...docs, ...docs.map((d) => ({ ...d, docId: d.docId + '-copy' }))], { sliceMs: 0 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    const sync = new ReuseIndex(docs);
    expect(index.size).toBe(sync.size);
    expect(index.analyze(draft)).toEqual(sync.analyze(draft));
  });

  it('waits with the given pause before starting and between slices (a UI waits for idle time)', async () => {
    let pauses = 0;
    const index = await ReuseIndex.createAsync(docs, { sliceMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBe(docs.length + 1);
    expect(index.analyze(draft)).toEqual(new ReuseIndex(docs).analyze(draft));
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    const pending = ReuseIndex.createAsync(docs, { sliceMs: 0, signal: ac.signal });
    ac.abort(new Error('语料已更换'));
    await expect(pending).rejects.toThrow('语料已更换');
  });
});
