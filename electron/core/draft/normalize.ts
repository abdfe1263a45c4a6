/**
 * One normaliser for everything that enters a draft — paste (every clipboard type), drop, .docx import,
 * .gwdraft open, recovery. Whatever the input (another editor's Slate fragment, a hand-edited file, a hostile
 * clipboard), the result passes the draft schema (schema.ts), so the draft stays saveable:
 * - unknown keys are dropped (`italic`, `align`, `id`…); a block's attributes are those its spec declares
 *   (blocks.ts), a bad required value replaced by the spec's fallback, a bad optional one dropped;
 * - unknown node types keep their text: an unknown block becomes a 正文 paragraph, an unknown inline (a link,
 *   a mention) gives up its text, a container of blocks (a list, a table, a quote) gives up its blocks, a
 *   block nested in a block is flattened into its text (as the editor does);
 * - empty `children` are mended, placeholders get the text leaves the editor needs around them;
 * - characters no file can hold (control characters, U+FFFE/U+FFFF, a lone surrogate) are removed;
 * - limits (draft/limits.ts) are applied with a message in Chinese saying what was left out.
 * Iterative (no recursion on the input's depth) and bounded in work, so a deep or huge input cannot hang it.
 * Pure: no Node, Electron or DOM imports.
 */
import { type AttrSpec, BLOCKS, type BlockType, isBlockType } from './blocks';
import { padInlines } from './inlines';
import { type FromPastMeta, MAX_PAST_FIGURES, MAX_PAST_TASKS } from './from-past-meta';
import { DRAFT_LIMITS } from './limits';
import { type BlockElement, type Draft, type DraftMeta, GENRES, type Genre, type InlineNode, type PlaceholderElement, type TextLeaf } from './model';

export interface NormalizeResult<T> {
  value: T;
  /** What was changed that the user should know about (content left out, kinds not recognised), in Chinese. */
  notes: string[];
}

export interface Room {
  /** Blocks that may still be added (a paste into a draft counts what the draft already holds). */
  blocks?: number;
  /** Characters that may still be added. */
  chars?: number;
}

/** Upper bound on nodes visited, far above any real draft (100,000 blocks of a few leaves), so work is bounded. */
const MAX_NODES_VISITED = 5_000_000;

// C0 controls but tab and line breaks, the two non-characters XML refuses, and unpaired surrogates.
const UNSAVEABLE_SOURCE = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const HAS_UNSAVEABLE = new RegExp(UNSAVEABLE_SOURCE);
const UNSAVEABLE = new RegExp(UNSAVEABLE_SOURCE, 'g');
const cleanText = (s: string): string => (HAS_UNSAVEABLE.test(s) ? s.replace(UNSAVEABLE, '') : s);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Anything with children is an element, whatever they are (a single node or a string is taken as a list of one). */
const isElementLike = (x: unknown): x is Obj => isObj(x) && x.children !== undefined && x.children !== null;
const childrenOf = (x: Obj): unknown[] => (Array.isArray(x.children) ? x.children : x.children === undefined || x.children === null ? [] : [x.children]);
const isPlaceholderLike = (x: unknown): x is Obj => isObj(x) && x.type === 'placeholder';
/** Something that reads as inline content: text, a leaf, a placeholder. */
const isInlineLike = (x: unknown): boolean => typeof x === 'string' || (isObj(x) && (x.type === 'placeholder' || (!isElementLike(x) && 'text' in x)));

class Budget {
  visited = 0;
  chars = 0;
  charsCut = false;
  constructor(readonly maxChars: number) {}
  visit(): boolean {
    return ++this.visited <= MAX_NODES_VISITED;
  }
  /** Takes `s` within the character limit (cutting it at the limit, once). */
  take(s: string): string {
    const room = this.maxChars - this.chars;
    if (s.length <= room) {
      this.chars += s.length;
      return s;
    }
    this.charsCut = true;
    this.chars = this.maxChars;
    // Do not cut a surrogate pair in two.
    const end = room > 0 && /[\ud800-\udbff]/.test(s[room - 1]) ? room - 1 : Math.max(0, room);
    return s.slice(0, end);
  }
  get full(): boolean {
    return this.chars >= this.maxChars;
  }
}

function leafOf(x: Obj | string, budget: Budget): TextLeaf {
  if (typeof x === 'string') return { text: budget.take(cleanText(x)) };
  const leaf: TextLeaf = { text: budget.take(cleanText(typeof x.text === 'string' ? x.text : typeof x.text === 'number' ? String(x.text) : '')) };
  if (typeof x.bold === 'boolean') leaf.bold = x.bold;
  if (typeof x.check === 'string') leaf.check = cleanText(x.check);
  return leaf;
}

/**
 * Visits the nodes under `nodes` in document order without recursion (a hostile tree may be deeper than the stack),
 * within the budget. An element-like node is descended into unless `visit` has taken it (returned true).
 */
function walkUnder(nodes: unknown, budget: Budget, visit: (n: unknown) => boolean): void {
  const stack: unknown[][] = [Array.isArray(nodes) ? nodes : nodes === undefined || nodes === null ? [] : [nodes]];
  const index: number[] = [0];
  while (stack.length) {
    const list = stack[stack.length - 1];
    const i = index[index.length - 1]++;
    if (i >= list.length) {
      stack.pop();
      index.pop();
      continue;
    }
    const n = list[i];
    if (!budget.visit()) break;
    if (visit(n)) continue;
    if (isElementLike(n)) {
      stack.push(childrenOf(n));
      index.push(0);
    }
  }
}

const isLeafLike = (n: unknown): n is Obj | string => typeof n === 'string' || (isObj(n) && 'text' in n);

/** Text leaves found anywhere under `nodes`, in document order (what a placeholder keeps of nested content). */
function leavesUnder(nodes: unknown, budget: Budget): TextLeaf[] {
  const out: TextLeaf[] = [];
  walkUnder(nodes, budget, (n) => {
    if (isElementLike(n) || !isLeafLike(n)) return false;
    out.push(leafOf(n, budget));
    return true;
  });
  return out;
}

function placeholderOf(x: Obj, budget: Budget): PlaceholderElement {
  const raw = typeof x.label === 'string' ? cleanText(x.label).trim() : '';
  const label = budget.take((raw || '待填').slice(0, DRAFT_LIMITS.labelChars));
  const children = leavesUnder(x.children, budget);
  return { type: 'placeholder', label, children: children.length ? children : [{ text: '' }] };
}

/** Inline content under `nodes`: leaves and placeholders kept, any other element flattened into its content. */
function inlinesUnder(nodes: unknown, budget: Budget): InlineNode[] {
  const out: InlineNode[] = [];
  walkUnder(nodes, budget, (n) => {
    if (isPlaceholderLike(n)) out.push(placeholderOf(n, budget));
    else if (!isElementLike(n) && isLeafLike(n)) out.push(leafOf(n, budget));
    else return false;
    return true;
  });
  return padInlines(out);
}

function attrValue(a: AttrSpec<unknown>, v: unknown): { ok: true; value: unknown } | { ok: false } {
  if ('values' in a) return a.values.includes(v) ? { ok: true, value: v } : { ok: false };
  return typeof v === 'string' ? { ok: true, value: cleanText(v).slice(0, a.text.max) } : { ok: false };
}

function blockOf(type: BlockType, x: Obj, budget: Budget): BlockElement {
  const b: Obj = { type };
  for (const [k, a] of Object.entries(BLOCKS[type].attrs as Record<string, AttrSpec<unknown>>)) {
    const v = attrValue(a, x[k]);
    if (v.ok) b[k] = v.value;
    else if (!a.optional) b[k] = a.fallback !== undefined ? a.fallback : 'values' in a ? a.values[0] : '';
  }
  // A block written with `text` instead of children (hand-made JSON) keeps that text.
  b.children = inlinesUnder(isElementLike(x) ? childrenOf(x) : 'text' in x ? [{ text: (x as Obj).text }] : [], budget);
  return b as unknown as BlockElement;
}

const paragraph = (children: InlineNode[]): BlockElement => ({ type: 'paragraph', children });

interface BlockWalk {
  blocks: BlockElement[];
  unknownKinds: number;
  blocksCut: boolean;
}

/**
 * Top-level content: known blocks kept, a run of loose inline content gathered into one paragraph, an unknown
 * element holding blocks (a list, a table) opened up, an unknown element holding text made a paragraph.
 */
function blocksUnder(nodes: unknown, budget: Budget, maxBlocks: number): BlockWalk {
  const walk: BlockWalk = { blocks: [], unknownKinds: 0, blocksCut: false };
  let loose: unknown[] = [];
  const push = (b: BlockElement) => {
    if (walk.blocks.length >= maxBlocks) walk.blocksCut = true;
    else walk.blocks.push(b);
  };
  const flushLoose = () => {
    if (loose.length) push(paragraph(inlinesUnder(loose, budget)));
    loose = [];
  };
  const stack: unknown[][] = [Array.isArray(nodes) ? nodes : [nodes]];
  const index: number[] = [0];
  while (stack.length && !walk.blocksCut && !budget.full) {
    const list = stack[stack.length - 1];
    const i = index[index.length - 1]++;
    if (i >= list.length) {
      stack.pop();
      index.pop();
      continue;
    }
    const n = list[i];
    if (!budget.visit()) break;
    if (isObj(n) && isBlockType(n.type)) {
      flushLoose();
      push(blockOf(n.type, n, budget));
      continue;
    }
    if (isInlineLike(n)) {
      loose.push(n);
      continue;
    }
    if (!isObj(n)) continue;
    flushLoose();
    const kids = isElementLike(n) ? childrenOf(n) : [];
    if (kids.length && kids.every((c) => isElementLike(c) && !isPlaceholderLike(c))) {
      // Only elements inside (Slate pads inline elements with text, so these are blocks): a container of
      // blocks such as a list or a quote — each of them in turn.
      stack.push(kids);
      index.push(0);
    } else if (isElementLike(n)) {
      walk.unknownKinds++;
      push(paragraph(inlinesUnder(kids, budget)));
    }
    // Anything else (an object with neither text nor children) carries nothing to keep.
  }
  if (!walk.blocksCut) flushLoose();
  return walk;
}

function notesOf(walk: BlockWalk, budget: Budget, maxBlocks: number, what: string): string[] {
  const notes: string[] = [];
  if (walk.unknownKinds) notes.push(`${what}中有 ${walk.unknownKinds} 处本程序不认识的段落格式，已按正文保留其文字`);
  if (walk.blocksCut) notes.push(`${what}超过 ${maxBlocks.toLocaleString('en-US')} 段的上限，超出的部分没有${what === '草稿' ? '载入' : '插入'}`);
  const chars = budget.maxChars >= 10_000 ? `${(budget.maxChars / 10_000).toLocaleString('en-US')} 万字` : `${budget.maxChars} 字`;
  if (budget.charsCut) notes.push(`${what}超过 ${chars}的上限，超出的部分没有${what === '草稿' ? '载入' : '插入'}`);
  return notes;
}

/** A whole draft (an opened file, a recovery copy, an import): always a valid, non-empty draft. */
export function normalizeDraft(input: unknown, now: Date = new Date()): NormalizeResult<Draft> {
  const x = isObj(input) ? input : {};
  const budget = new Budget(DRAFT_LIMITS.textChars);
  const walk = blocksUnder(Array.isArray(x.content) ? x.content : [], budget, DRAFT_LIMITS.blocks);
  const content = walk.blocks.length ? walk.blocks : [paragraph([{ text: '' }])];
  return { value: { meta: metaOf(x.meta, now), content }, notes: notesOf(walk, budget, DRAFT_LIMITS.blocks, '草稿') };
}

/**
 * Blocks arriving in a draft that already exists (a paste, a drop, a Slate fragment): only what fits the
 * `room` left is kept. An empty result means nothing insertable came in.
 */
export function normalizeFragment(input: unknown, room: Room = {}): NormalizeResult<BlockElement[]> {
  const maxBlocks = Math.max(0, Math.min(DRAFT_LIMITS.blocks, room.blocks ?? Infinity));
  const budget = new Budget(Math.max(0, Math.min(DRAFT_LIMITS.textChars, room.chars ?? Infinity)));
  const walk = blocksUnder(input, budget, maxBlocks);
  return { value: walk.blocks, notes: notesOf(walk, budget, maxBlocks, '粘贴的内容') };
}

/** Inline content (a phrase dragged from the panel): leaves and placeholders only, padded for the editor. */
export function normalizeInlines(input: unknown, room: Room = {}): InlineNode[] {
  return inlinesUnder(input, new Budget(Math.max(0, Math.min(DRAFT_LIMITS.textChars, room.chars ?? Infinity))));
}

function metaOf(input: unknown, now: Date): DraftMeta {
  const m = isObj(input) ? input : {};
  const stamp = (v: unknown) => (typeof v === 'string' && v.length <= DRAFT_LIMITS.timestampChars ? v : now.toISOString());
  const meta: DraftMeta = { createdAt: stamp(m.createdAt), updatedAt: stamp(m.updatedAt) };
  if (typeof m.genre === 'string' && (GENRES as readonly string[]).includes(m.genre)) meta.genre = m.genre as Genre;
  if (typeof m.skeletonId === 'string') meta.skeletonId = m.skeletonId.slice(0, DRAFT_LIMITS.skeletonIdChars);
  const y = m.reportYear;
  if (isYear(y)) meta.reportYear = y;
  const fromPast = fromPastOf(m.fromPast);
  if (fromPast) meta.fromPast = fromPast;
  return meta;
}

const isYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= DRAFT_LIMITS.reportYear.min && y <= DRAFT_LIMITS.reportYear.max;

/** A draft made from a past document keeps what it remembers of it (from-past-meta.ts), cut to the schema's limits. */
function fromPastOf(input: unknown): FromPastMeta | undefined {
  if (!isObj(input) || typeof input.sourceId !== 'string' || typeof input.sourceTitle !== 'string') return undefined;
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  const figures = (Array.isArray(input.figures) ? input.figures : [])
    .filter((f): f is Obj => isObj(f) && typeof f.value === 'string' && typeof f.before === 'string')
    .slice(0, MAX_PAST_FIGURES)
    .map((f) => ({ value: (f.value as string).slice(0, 40), before: (f.before as string).slice(0, 20) }));
  const meta: FromPastMeta = { sourceId: input.sourceId.slice(0, 1000), sourceTitle: input.sourceTitle.slice(0, 1000), tasks: strings(input.tasks).slice(0, MAX_PAST_TASKS).map((t) => t.slice(0, 500)), figures };
  if (isYear(input.sourceYear)) meta.sourceYear = input.sourceYear;
  return meta;
}
