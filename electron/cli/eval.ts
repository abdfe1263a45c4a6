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
import { roleFromLabel, scoreDocument, summarize, topHeadings, type DocumentLabel, type DocumentScore, type EvalSummary } from '../core/corpus/evaluate';
import { RoleModel, sectionTokens } from '../core/corpus/role-model';
import type { Role } from '../core/draft/model';
import { displayWidth } from '../core/corpus/normalize';

export interface EvalResult {
  /** The analysed documents, in label order (undefined where a file could not be analysed). */
  docs: (CorpusDocument | undefined)[];
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
  const docs: (CorpusDocument | undefined)[] = [];
  const missing: EvalResult['missing'] = [];
  for (const label of labels) {
    const corpus = await importPaths([path.join(dir, label.file)]);
    const doc: CorpusDocument | undefined = corpus.documents[0];
    docs.push(doc);
    if (!doc) {
      missing.push({ file: label.file, message: corpus.issues.map((i) => i.message).join('；') || '没有可分析的正文' });
      const empty: CorpusDocument = { id: label.file, fileName: label.file, declaredTitle: '', genre: 'other', genreReasons: [], opening: [], closing: [], sections: [], charCount: 0 };
      scores.push(scoreDocument(empty, label));
      continue;
    }
    scores.push(scoreDocument(doc, label));
  }
  return { docs, scores, summary: summarize(scores), missing };
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

/**
 * Rules against the naive-Bayes role model (core/corpus/role-model.ts) on the headings both find:
 * the model is trained on every other document and tested on the one left out (leave-one-out), so its
 * figure is what it would do on a document it never saw. The rules were written looking at this set,
 * so their figure here is an upper bound of what they do elsewhere.
 */
export function compareRoleModel(r: EvalResult, labels: DocumentLabel[]): { rules: number; model: number; matched: number; byDoc: { file: string; rules: number; model: number; of: number }[] } {
  const examples: { doc: number; tokens: string[]; role: Role; rules: Role }[] = [];
  r.docs.forEach((d, k) => {
    if (!d) return;
    const tops = topHeadings(d);
    for (const p of r.scores[k].pairs) {
      if (!p.found) continue;
      const i = tops.findIndex((s) => s.marker + s.heading === p.found!.heading);
      if (i < 0) continue;
      examples.push({ doc: k, tokens: sectionTokens(tops[i], i, tops.length, d.genre), role: roleFromLabel(p.label.role), rules: p.found.role });
    }
  });
  let rules = 0;
  let model = 0;
  const byDoc = new Map<number, { rules: number; model: number; of: number }>();
  for (let k = 0; k < labels.length; k++) {
    const test = examples.filter((e) => e.doc === k);
    if (!test.length) continue;
    const m = new RoleModel(examples.filter((e) => e.doc !== k));
    const row = { rules: 0, model: 0, of: test.length };
    for (const e of test) {
      if (e.rules === e.role) row.rules++;
      if (m.predict(e.tokens) === e.role) row.model++;
    }
    rules += row.rules;
    model += row.model;
    byDoc.set(k, row);
  }
  const n = examples.length || 1;
  return { rules: rules / n, model: model / n, matched: examples.length, byDoc: [...byDoc.entries()].map(([k, v]) => ({ file: labels[k].file, ...v })) };
}

export async function runEval(dir: string, opts: { labels?: string; verbose?: boolean; json?: boolean; compareModel?: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
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
  if (opts.compareModel) {
    const c = compareRoleModel(r, labels);
    if (opts.json) out(JSON.stringify({ schemaVersion: 1, command: 'eval', compareModel: c }, null, 2));
    else {
      for (const d of c.byDoc) if (d.rules !== d.of || d.model !== d.of) out(`${pad(d.file, 46)}规则 ${d.rules}/${d.of}  模型 ${d.model}/${d.of}`);
      out(`作用判断（${c.matched} 个找到的一级标题）：规则 ${pct(c.rules)}｜朴素贝叶斯（留一法）${pct(c.model)}`);
    }
    return 0;
  }
  if (opts.json) {
    out(JSON.stringify({ schemaVersion: 1, command: 'eval', scores: r.scores, summary: r.summary, missing: r.missing }, null, 2));
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
