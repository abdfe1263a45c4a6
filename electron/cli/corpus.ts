/**
 * 语料命令行：npm run corpus -- <analyze|phrases|skeletons|sections|eval> [FILE_OR_DIR...] [--json]
 * With no FILE the embedded default corpus (assets/seed-reports.txt) is used.
 * Exit codes: 0 ok; 1 some input could not be imported (the rest is still reported); 2 usage error
 * or nothing could be imported. The --json schema is documented in electron/cli/README.md.
 */
import { GENRE_LABELS, ROLE_LABELS, ROLES, type Role } from '../core/draft/model';
import { PHRASE_CATEGORIES, type Corpus, type CorpusDocument, type ParagraphNode, type PhraseCategory, type SectionNode } from '../core/corpus/types';
import { importPaths, loadDefaultCorpus } from '../services/corpus-files';
import { deriveSkeletons } from '../core/corpus/skeletons';
import { extractPhrases } from '../core/corpus/phrases';
import { extractSections } from '../core/corpus/sections';
import { PhraseIndex } from '../core/corpus/phrase-index';
import { countChars, displayWidth } from '../core/corpus/normalize';
import { sectionParagraphs, subsections } from '../core/corpus/structure';
import { runEval } from './eval';

export const CLI_SCHEMA_VERSION = 1;

const USAGE = `用法：npm run corpus -- <命令> [文件或文件夹...] [选项]

命令：
  analyze     逐篇输出体裁、标题层级树（含各部分作用）和统计
  phrases     输出常用语库（按可复用程度排序）
  skeletons   输出按体裁归纳的文章骨架
  sections    输出可直接插入的整段范文列表
  eval        用人工标注评测分析结果：eval 文件夹 [--labels 标注文件] [--verbose]
              （逐篇一行，末行为体裁、标题召回、标题精确、作用、问题部分五项百分比）

选项：
  --json              以 JSON 输出（格式见 electron/cli/README.md）
  --category 类别      phrases：只看某一类（${PHRASE_CATEGORIES.join('、')}）
  --role 作用          phrases：只看某一作用（${ROLES.join('、')}）
  --query 关键词       phrases：检索
  --limit N           phrases：最多输出 N 条（默认 40，--json 时默认全部）
  --labels 文件        eval：标注文件（默认为该文件夹下的 labels.json）
  --verbose           eval：列出漏掉、多出的标题和判错的作用
  --compare-model     eval：对照规则与朴素贝叶斯模型（留一法）判断各部分作用的准确率

不给文件时使用内置的默认语料 assets/seed-reports.txt。支持 .txt（UTF-8/GBK/UTF-16）、.md、.docx 及其所在文件夹。`;

interface Args {
  command: string;
  paths: string[];
  json: boolean;
  category?: string;
  role?: string;
  query?: string;
  limit?: number;
  labels?: string;
  verbose?: boolean;
  compareModel?: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { command: '', paths: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`选项 ${x} 缺少取值`);
      return v;
    };
    try {
      if (x === '--json') a.json = true;
      else if (x === '--category') a.category = value();
      else if (x === '--role') a.role = value();
      else if (x === '--query') a.query = value();
      else if (x === '--limit') a.limit = Number(value());
      else if (x === '--labels') a.labels = value();
      else if (x === '--verbose') a.verbose = true;
      else if (x === '--compare-model') a.compareModel = true;
      else if (x === '-h' || x === '--help') return 'help';
      else if (x.startsWith('--')) return `未知选项：${x}`;
      else if (!a.command) a.command = x;
      else a.paths.push(x);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!a.command) return '缺少命令';
  if (!['analyze', 'phrases', 'skeletons', 'sections', 'eval'].includes(a.command)) return `未知命令：${a.command}`;
  if (a.command === 'eval' && a.paths.length !== 1) return 'eval 需要且只需要一个文件夹（含 labels.json 的评测集）';
  if (a.category && !PHRASE_CATEGORIES.includes(a.category as PhraseCategory)) return `未知类别：${a.category}（可选：${PHRASE_CATEGORIES.join('、')}）`;
  if (a.role && !ROLES.includes(a.role as Role)) return `未知作用：${a.role}（可选：${ROLES.join('、')}）`;
  if (a.limit !== undefined && !(Number.isInteger(a.limit) && a.limit > 0)) return '--limit 需要正整数';
  return a;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

const ROLE_COL = 20;

function roleCell(role?: Role): string {
  return pad(role ? ROLE_LABELS[role] : '', ROLE_COL);
}

function short(s: string, n: number): string {
  return [...s].length > n ? [...s].slice(0, n).join('') + '…' : s;
}

/** Human-readable tree of one document. */
export function formatDocument(doc: CorpusDocument): string {
  const lines: string[] = [];
  const counts = [0, 0, 0, 0, 0];
  let paragraphs = doc.opening.length + doc.closing.length;
  lines.push(`■ ${doc.id}  《${doc.declaredTitle}》`);
  lines.push(`  体裁：${GENRE_LABELS[doc.genre]}（${doc.genreReasons.join('；')}）`);
  if (doc.byline?.length) lines.push(`  题注：${doc.byline.join(' ／ ')}`);
  if (doc.salutation) lines.push(`  称呼：${doc.salutation}`);
  lines.push(`  ${pad('作用', ROLE_COL)}│ 结构`);
  lines.push(`  ${'─'.repeat(ROLE_COL)}┼${'─'.repeat(40)}`);
  if (doc.opening.length) {
    lines.push(`  ${roleCell('opening')}│ 〔开头〕${doc.opening.length} 段，${doc.opening.reduce((n, p) => n + countChars(p.normalized), 0)} 字`);
    for (const p of doc.opening) if (p.role) lines.push(`  ${roleCell(p.role)}│   ¶ ${short(p.normalized, 28)}`);
  }
  const walk = (s: SectionNode, depth: number, top: boolean) => {
    counts[s.level]++;
    const subs = subsections(s).length;
    const info = [subs ? `${subs} 个小节` : '', `${s.charCount} 字`].filter(Boolean).join('，');
    const also = s.alsoRoles?.length ? ` ＋${s.alsoRoles.map((r) => ROLE_LABELS[r]).join('、')}` : '';
    lines.push(`  ${roleCell(top ? s.role : undefined)}│ ${'  '.repeat(depth)}${s.marker}${short(s.heading, 34)}${also}  （${info}）`);
    if (s.runIn) lines.push(`  ${roleCell()}│ ${'  '.repeat(depth + 1)}↳ 标题后接正文：${short(s.runIn, 22)}`);
    for (const c of s.children) {
      if (c.kind === 'section') walk(c, depth + 1, false);
      else {
        paragraphs++;
        if (c.role) lines.push(`  ${roleCell(c.role)}│ ${'  '.repeat(depth + 1)}¶ ${short(c.normalized, 28)}`);
      }
    }
  };
  for (const s of doc.sections) walk(s, 0, true);
  if (doc.closing.length) lines.push(`  ${roleCell('closing')}│ 〔结尾〕${doc.closing.length} 段，${doc.closing.reduce((n, p) => n + countChars(p.normalized), 0)} 字`);
  const all = allParagraphs(doc);
  const leads = all.filter((p) => p.lead).length;
  // An enumeration is either 一是…二是… inside one paragraph or a run of paragraphs opening 一是/二是/三是.
  const enums = all.filter((p) => p.enumerations).length + all.filter((p) => p.enumerationItem === 1).length;
  lines.push(`  统计：一级标题 ${counts[1]}，二级 ${counts[2]}，三级 ${counts[3]}，四级 ${counts[4]}；段落 ${paragraphs}；段首句 ${leads}；“一是…二是…”列举 ${enums} 组；字数 ${doc.charCount}`);
  return lines.join('\n');
}

function allParagraphs(doc: CorpusDocument): ParagraphNode[] {
  return [...doc.opening, ...doc.sections.flatMap(sectionParagraphs), ...doc.closing];
}

function formatIssues(corpus: Corpus): string {
  return corpus.issues.map((i) => `${i.severity === 'error' ? '✗ 无法导入' : '! 注意'}：${i.file}：${i.message}`).join('\n');
}

export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n'), err: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    out(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    err(`错误：${args}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === 'eval') return runEval(args.paths[0], { labels: args.labels, verbose: args.verbose, json: args.json, compareModel: args.compareModel }, out, err);
  let corpus: Corpus;
  try {
    corpus = args.paths.length ? await importPaths(args.paths) : await loadDefaultCorpus();
  } catch (e) {
    err(`错误：无法读取默认语料：${(e as Error).message}`);
    return 2;
  }
  const failed = corpus.issues.some((i) => i.severity === 'error');
  if (!corpus.documents.length) {
    if (args.json) out(JSON.stringify({ schemaVersion: CLI_SCHEMA_VERSION, command: args.command, issues: corpus.issues }, null, 2));
    err(`错误：没有可分析的文档。\n${formatIssues(corpus)}`);
    return 2;
  }
  const header = { schemaVersion: CLI_SCHEMA_VERSION, command: args.command };
  if (args.command === 'analyze') {
    if (args.json) out(JSON.stringify({ ...header, documents: corpus.documents, issues: corpus.issues }, null, 2));
    else out(corpus.documents.map(formatDocument).join('\n\n'));
  } else if (args.command === 'skeletons') {
    const skeletons = deriveSkeletons(corpus);
    if (args.json) out(JSON.stringify({ ...header, skeletons, issues: corpus.issues }, null, 2));
    else
      for (const sk of skeletons) {
        out(`■ ${sk.label}骨架（据 ${sk.sourceDocs.length} 篇：${sk.sourceDocs.join('、')}）`);
        sk.sections.forEach((s, i) => {
          const cnt = s.sectionCount && s.sectionCount.max > 1 ? `，通常 ${s.sectionCount.median} 个部分` : '';
          const subs = s.subsections.max ? `，小节 ${s.subsections.min}–${s.subsections.max} 个` : '';
          const where =
            s.form === 'paragraph' && s.within ? `，写作“${ROLE_LABELS[s.within]}”${s.at === 'start' ? '开头' : '末尾'}的一段` : s.form === 'unheaded' && s.role !== 'opening' && s.role !== 'closing' ? '，不设标题（成段或以“一是/一要”列举）' : '';
          const length = s.lengthRange ? `约 ${s.chars.median} 字（常见 ${s.lengthRange.min}–${s.lengthRange.max} 字，据 ${s.lengthRange.docs} 篇）` : `约 ${s.chars.median} 字`;
          out(`  ${i + 1}. ${pad(s.label + (s.optional ? '（可选）' : ''), ROLE_COL)} 见于 ${s.frequency}/${sk.sourceDocs.length} 篇${where}${cnt}${subs}，${length}`);
          for (const h of s.headingPatterns.slice(0, 3)) out(`       标题：${short(h, 40)}`);
          if (s.openingExamples[0]) out(`       起句：${short(s.openingExamples[0], 50)}`);
        });
        out('');
      }
  } else if (args.command === 'phrases') {
    const all = extractPhrases(corpus);
    const limit = args.limit ?? (args.json ? all.length : 40);
    const phrases = new PhraseIndex(all).search(args.query ?? '', { category: args.category as PhraseCategory | undefined, role: args.role as Role | undefined, limit });
    if (args.json) out(JSON.stringify({ ...header, total: all.length, phrases, issues: corpus.issues }, null, 2));
    else {
      out(`常用语 ${all.length} 条${args.query || args.category || args.role ? '，筛选后显示' : '，显示前'} ${phrases.length} 条：`);
      for (const p of phrases) {
        const src = p.sources[0];
        out(`  ${pad(`[${p.category}]`, 14)}${pad(ROLE_LABELS[p.role], ROLE_COL)}${p.text}    —— ${src.docId}${p.sources.length > 1 ? ` 等 ${p.sources.length} 处` : ''}`);
      }
    }
  } else {
    const sections = extractSections(corpus);
    if (args.json) out(JSON.stringify({ ...header, sections, issues: corpus.issues }, null, 2));
    else for (const s of sections) out(`  ${pad(s.id, 24)}${roleCell(s.role)}${short(s.heading, 30)}（${s.charCount} 字，${s.blocks.length} 块）`);
  }
  if (corpus.issues.length) err(formatIssues(corpus));
  return failed ? 1 : 0;
}

// Run when executed (tsx electron/cli/corpus.ts …), not when imported by a test.
const invokedDirectly = typeof process !== 'undefined' && /(?:^|[\\/])corpus\.ts$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
