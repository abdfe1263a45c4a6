/**
 * `npm run corpus -- eval DIR [--labels FILE] [--verbose] [--json]`: runs the engine on every labelled
 * document of DIR and prints one row per document and, last, one summary line with the five measures
 * (the heading-matching rule is in electron/cli/README.md and core/corpus/evaluate.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GENRE_LABELS, ROLE_LABELS } from '../core/draft/model';
import type { CorpusDocument } from '../core/corpus/types';
import { importPaths } from '../services/corpus-files';
import { scoreDocument, summarize, type DocumentLabel, type DocumentScore, type EvalSummary } from '../core/corpus/evaluate';
import { displayWidth } from '../core/corpus/normalize';

export interface EvalResult {
  scores: DocumentScore[];
  summary: EvalSummary;
  /** Labelled files that could not be read or analysed (they count as wholly wrong). */
  missing: { file: string; message: string }[];
}

export async function readLabels(file: string): Promise<DocumentLabel[]> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error('标注文件应为数组');
  for (const [i, l] of raw.entries()) {
    if (!l || typeof l.file !== 'string' || typeof l.genre !== 'string' || !Array.isArray(l.top) || typeof l.has_problems_part !== 'boolean')
      throw new Error(`标注文件第 ${i + 1} 项缺少 file/genre/top/has_problems_part`);
  }
  return raw as DocumentLabel[];
}

/** Analyse and score every labelled document of `dir`. */
export async function evaluateDir(dir: string, labels: DocumentLabel[]): Promise<EvalResult> {
  const scores: DocumentScore[] = [];
  const missing: EvalResult['missing'] = [];
  for (const label of labels) {
    const corpus = await importPaths([path.join(dir, label.file)]);
    const doc: CorpusDocument | undefined = corpus.documents[0];
    if (!doc) {
      missing.push({ file: label.file, message: corpus.issues.map((i) => i.message).join('；') || '没有可分析的正文' });
      const empty: CorpusDocument = { id: label.file, fileName: label.file, declaredTitle: '', genre: 'other', genreReasons: [], opening: [], closing: [], sections: [], charCount: 0 };
      scores.push(scoreDocument(empty, label));
      continue;
    }
    scores.push(scoreDocument(doc, label));
  }
  return { scores, summary: summarize(scores), missing };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function row(s: DocumentScore): string {
  const genre = `${s.genreRight ? '✓' : '✗'} ${GENRE_LABELS[s.genre]}${s.genreRight ? '' : `（应为${s.labelGenre}）`}`;
  const headings = `标题 ${s.matched}/${s.pairs.length}${s.extra.length ? ` 多 ${s.extra.length}` : ''}`;
  const roles = s.matched ? `作用 ${s.rolesRight}/${s.matched}` : '';
  const problems = `问题 ${s.problemsRight ? '✓' : '✗'}${s.problemsRight ? '' : s.labelProblems ? '（漏）' : '（误报）'}`;
  return `${pad(s.file, 46)}${pad(genre, 34)}${pad(headings, 14)}${pad(roles, 12)}${problems}`;
}

function details(s: DocumentScore): string[] {
  const out: string[] = [];
  for (const p of s.pairs) {
    if (!p.found) out.push(`    漏：${p.label.heading}（${p.label.role}）`);
    else if (ROLE_LABELS[p.found.role] !== p.label.role && !(p.found.role === 'other' && p.label.role === 'other'))
      out.push(`    作用：${p.found.heading} → ${ROLE_LABELS[p.found.role]}（应为 ${p.label.role}）`);
  }
  for (const e of s.extra) out.push(`    多：${e}`);
  return out;
}

export function summaryLine(m: EvalSummary): string {
  const c = m.counts;
  return (
    `合计 ${m.documents} 篇：体裁 ${pct(m.genre)}｜标题召回 ${pct(m.recall)}（${c.matched}/${c.labelled}）｜标题精确 ${pct(m.precision)}（${c.matched}/${c.reported}）` +
    `｜作用 ${pct(m.role)}（${c.rolesRight}/${c.matched}）｜问题部分 ${pct(m.problems)}`
  );
}

export async function runEval(dir: string, opts: { labels?: string; verbose?: boolean; json?: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const labelsFile = opts.labels ?? path.join(dir, 'labels.json');
  let labels: DocumentLabel[];
  try {
    labels = await readLabels(labelsFile);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(`错误：无法读取标注文件 ${labelsFile}：${code === 'ENOENT' ? '找不到该文件' : (e as Error).message}`);
    return 2;
  }
  const r = await evaluateDir(dir, labels);
  if (opts.json) {
    out(JSON.stringify({ schemaVersion: 1, command: 'eval', ...r }, null, 2));
  } else {
    for (const s of r.scores) {
      out(row(s));
      if (opts.verbose) for (const d of details(s)) out(d);
    }
  }
  for (const m of r.missing) err(`✗ 无法分析：${m.file}：${m.message}`);
  // The summary is the last line on stdout (a hook greps it for the percentages).
  if (!opts.json) out(summaryLine(r.summary));
  return r.missing.length ? 1 : 0;
}
