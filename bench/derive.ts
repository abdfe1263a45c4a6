/**
 * Corpus derivation on formulaic text: is import + skeletons + phrases + sections linear in the size of
 * the archive? Real archives are formulaic (要进一步加强…工作 in every report), and formulaic text is what
 * made phrase grouping quadratic (issue 16: 150 docs took 11 s, 300 docs 45 s). The same synthetic
 * archive is derived at N and 2N documents; the result is documents per second at each size and their
 * ratio (1.0 = linear; 0.5 = quadratic). The ratio is measured against itself in one run, so a slow or
 * busy machine moves both sizes alike.
 *   npx tsx bench/derive.ts [--docs N] [--runs N]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../electron/core/corpus/import';
import { deriveSkeletons } from '../electron/core/corpus/skeletons';
import { extractPhrases } from '../electron/core/corpus/phrases';
import { extractSections } from '../electron/core/corpus/sections';
import { pick, rng, summarize, writeResult } from './lib';

/** Linear within noise: throughput at 2N at least this share of throughput at N. */
export const TARGET_RATIO = 0.8;

const SUBJECTS = [
  '安全生产', '党风廉政建设', '干部队伍建设', '作风建设', '基层组织建设', '意识形态工作', '营商环境', '民生保障', '生态环境保护', '科技创新',
  '乡村振兴', '教育教学质量', '职工权益维护', '社会治理', '依法行政', '财务管理', '制度建设', '宣传思想工作', '人才培养', '风险防控',
];
const VERBS = ['加强', '推进', '深化', '完善', '落实', '强化', '提升', '健全', '抓好', '优化'];
const RESULTS = ['取得明显成效', '迈上新台阶', '进一步增强', '稳步提升', '实现新突破'];
const CN = '一二三四五六七八九十';

/** Characters for made-up topic words: every archive has its own unit, project and place names. */
const WORD_CHARS = '城乡区县镇村园站港湖河山林田水电气路桥网校院馆厂矿企社所队组室局委办会协联商贸农工科文卫体医药养老育幼新老大小东西南北中上下';

function formulaicReport(r: () => number, chars: number): string {
  // Half the topics are the shared formula words, half are words of this archive's own (so the number of
  // distinct phrases grows with the archive while their openings stay the same: 要进一步加强…).
  const word = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => WORD_CHARS[Math.floor(r() * WORD_CHARS.length)]).join('');
  const s = () => (r() < 0.5 ? pick(r, SUBJECTS) : word() + pick(r, ['工作', '建设', '管理', '项目']));
  const v = () => pick(r, VERBS);
  const n = () => 1 + Math.floor(r() * 99);
  const lines = [`在${2010 + Math.floor(r() * 15)}年工作会议上的讲话`, '同志们：', `今天召开这次会议，主要任务是总结${s()}工作，部署下一步${s()}任务。下面，我讲几点意见。`];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const top = `${CN[i % 10]}、进一步${v()}${s()}，推动${s()}${pick(r, RESULTS)}`;
    lines.push(top);
    for (let j = 0; j < 4 && len < chars; j++) {
      lines.push(`（${CN[j]}）${v()}${s()}`);
      const para = [
        `${v()}${s()}。`,
        `要进一步${v()}${s()}，切实提高${s()}水平，确保${s()}${pick(r, RESULTS)}。`,
        `一是${v()}${s()}；二是${v()}${s()}；三是${v()}${s()}。`,
        `全年共开展${s()}活动${n()}次，${s()}${pick(r, RESULTS)}，同比增长${n()}%。`,
        `坚持“${s()}、${s()}”，做到${v()}${v()}${v()}。`,
      ];
      const p = para.join('');
      lines.push(p);
      len += p.length + top.length;
    }
  }
  lines.push(`同志们，让我们${v()}${s()}，以优异成绩迎接新的挑战！`);
  return lines.join('\n') + '\n';
}

/** `count` formulaic reports of about `chars` characters each, deterministic for a seed. */
export function formulaicArchive(count: number, chars = 13000, seed = 7): { name: string; bytes: Uint8Array }[] {
  const r = rng(seed);
  const enc = new TextEncoder();
  return Array.from({ length: count }, (_, i) => ({ name: `formulaic-${String(i + 1).padStart(4, '0')}.txt`, bytes: enc.encode(formulaicReport(r, chars)) }));
}

/**
 * One derivation: wall time, and this process's CPU time, which a machine shared with other work
 * disturbs far less (the ratio is taken on CPU time).
 */
async function deriveOnce(files: { name: string; bytes: Uint8Array }[]): Promise<{ wallMs: number; cpuMs: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const corpus = await importFiles(files);
  deriveSkeletons(corpus);
  extractPhrases(corpus);
  extractSections(corpus);
  const c = process.cpuUsage(c0);
  return { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

export interface DeriveBenchResult {
  name: 'derive';
  sizes: { docs: number; megabytes: number; wallMs: ReturnType<typeof summarize>; cpuMs: ReturnType<typeof summarize>; docsPerSecond: number }[];
  /** docs/s at 2N ÷ docs/s at N, on CPU time (1 = linear, 0.5 = quadratic). */
  ratio: number;
  target: number;
  pass: boolean;
}

export async function runDeriveBench(opts: { docs?: number; runs?: number; write?: boolean; log?: (s: string) => void } = {}): Promise<DeriveBenchResult> {
  const docs = opts.docs ?? 150;
  const runs = opts.runs ?? 3;
  const log = opts.log ?? console.log;
  const sizes: DeriveBenchResult['sizes'] = [];
  for (const count of [docs, docs * 2]) {
    const files = formulaicArchive(count);
    const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await deriveOnce(files);
      wall.push(t.wallMs);
      cpu.push(t.cpuMs);
      log(`  derive ${count} formulaic docs (${(bytes / 1048576).toFixed(1)} MB) run ${i + 1}/${runs}: ${t.wallMs.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU`);
    }
    const cpuMs = summarize(cpu);
    sizes.push({ docs: count, megabytes: Math.round((bytes / 1048576) * 10) / 10, wallMs: summarize(wall), cpuMs, docsPerSecond: Math.round((count / (cpuMs.median / 1000)) * 10) / 10 });
  }
  const ratio = Math.round((sizes[1].docsPerSecond / sizes[0].docsPerSecond) * 100) / 100;
  const result: DeriveBenchResult = { name: 'derive', sizes, ratio, target: TARGET_RATIO, pass: ratio >= TARGET_RATIO };
  if (opts.write !== false) await writeResult('derive', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  void runDeriveBench({ docs: arg('--docs'), runs: arg('--runs'), write: false }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
