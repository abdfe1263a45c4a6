import { describe, expect, it } from 'vitest';
import { ArchiveReuse, LOOKUP_BATCH, type ReuseLookup } from './reuse-lookup';
import { ReuseIndex } from './reuse';
import { draftOf, h, p, seedDocs, title } from './test-helpers';


/** A stand-in for the host: the in-memory index answering one sentence at a time, counting what it is asked. */
function archive(): { lookup: ReuseLookup; asked: string[][] } {
  const index = new ReuseIndex(seedDocs());
  const asked: string[][] = [];
  const lookup: ReuseLookup = async (sentences) => {
    asked.push(sentences);
    return sentences.map((s) => {
      const span = index.analyze(draftOf([p(s)])).spans[0];
      return span ? { ...span.source, similarity: span.similarity } : null;
    });
  };
  return { lookup, asked };
}

const copied = '深入推动全市厂务公开民主管理化进程，开展创建厂务公开民主管理示范单位活动，不断规范公有制企事业单位职代会制度及工作程序，推进非公有制企业区域性、行业性职代会建设。';
const edited = '我们将发挥先进典型的教育作用，大力宣传一批爱岗敬业、无私奉献的优秀党外知识分子的工作业绩和先进事迹，以他们为榜样对会员进行爱国主义、社会主义和科学发展观的教育，帮助会员进一步树立科学的世界观和奋发向上的人生观。';
const fresh = '今年全区将新建职工书屋四十家，力争实现乡镇全覆盖。';

describe('ArchiveReuse (复用率 through a lookup)', () => {
  it('gives what the in-memory index gives, once the pending sentences are learnt', async () => {
    const { lookup } = archive();
    const reuse = new ArchiveReuse(lookup);
    const draft = draftOf([title('2024年工作报告'), h(1, '工作回顾'), p(copied + fresh), p(edited), p('同志们：')]);
    const first = reuse.analyze(draft);
    expect(first).toMatchObject({ sentences: 0, copied: 0, spans: [] });
    expect(first.pending).toEqual([copied, fresh, edited]);
    await reuse.learn(first.pending);
    const { pending, ...r } = reuse.analyze(draft);
    expect(pending).toEqual([]);
    expect(r).toEqual(new ReuseIndex(seedDocs()).analyze(draft));
    expect(r).toMatchObject({ sentences: 3, copied: 2 });
  });

  it('asks only about sentences it has not seen (a repeated or renumbered one is known)', async () => {
    const { lookup, asked } = archive();
    const reuse = new ArchiveReuse(lookup);
    await reuse.learn(reuse.analyze(draftOf([p(copied), p(fresh)])).pending);
    expect(asked).toHaveLength(1);
    const next = reuse.analyze(draftOf([p(copied), p(fresh.replace('四十', '40')), p(copied), p(fresh.replace('四十', '50'))]));
    expect(next.pending).toEqual([fresh.replace('四十', '40')]);
    // The digits fold to one mark, so the two renumbered copies are the same question.
    await reuse.learn(next.pending);
    expect(reuse.analyze(draftOf([p(fresh.replace('四十', '50'))])).pending).toEqual([]);
  });

  it('asks in batches, and forgets everything when the archive changes', async () => {
    const { lookup, asked } = archive();
    const reuse = new ArchiveReuse(lookup);
    // Distinct after normalising (digits fold to one mark, so the numbers are written in 汉字).
    const han = (i: number) => [...String(i)].map((d) => '零一二三四五六七八九'[Number(d)]).join('');
    const many = Array.from({ length: LOOKUP_BATCH + 5 }, (_, i) => `第${han(i)}项新建的工作任务要落实到位。`);
    const draft = draftOf(many.map((s) => p(s)));
    const pending = reuse.analyze(draft).pending;
    await reuse.learn(pending);
    expect(asked.map((a) => a.length)).toEqual([LOOKUP_BATCH, pending.length - LOOKUP_BATCH]);
    expect(reuse.analyze(draft).pending).toEqual([]);
    reuse.clear();
    expect(reuse.analyze(draft).pending).toEqual(pending);
  });

  it('a failed lookup rejects and leaves the sentences pending; answers to a question asked before clear() are dropped', async () => {
    const reuse = new ArchiveReuse(async () => {
      throw new Error('无法连接到本机服务');
    });
    const draft = draftOf([p(copied)]);
    await expect(reuse.learn([copied])).rejects.toThrow('无法连接到本机服务');
    expect(reuse.analyze(draft).pending).toEqual([copied]);

    let answer!: () => void;
    const slow = new ArchiveReuse((s) => new Promise((resolve) => (answer = () => resolve(s.map(() => null)))));
    const learning = slow.learn([copied]);
    slow.clear();
    answer();
    await learning;
    expect(slow.analyze(draft).pending).toEqual([copied]);
  });
});
