/**
 * What makes a phrase one a secretary would reuse as it stands, as rules that do not know any one archive:
 * no hole where a name or place was removed (贯彻落实同志在考察时…), not a fragment (a word cut in two,
 * a bare form of address), and not the private vocabulary of one organisation or event (a school's motto,
 * a city's “五个中心”): words whose character pairs no other document of the archive uses.
 */
import type { Corpus, DocNode } from './types';

/**
 * A hole left by anonymisation: 同志 with no name before it (after punctuation, a verb like 贯彻/落实, or a
 * title like 主席), or 到/赴 right before 考察/视察/调研 with the place gone.
 */
export function hasAnonymisationHole(text: string): boolean {
  return (
    /(?:^|[，、。：；！？“”（《\s]|贯彻|落实|学习|传达|领会|遵照|按照|根据|主席|书记|部长|省长|市长|县长|区长|局长|主任|委员长|总理|会长|组长)同志(?!们)/.test(text) ||
    /(?:到|赴)(?:考察|视察|调研)|在(?:考察|视察)时/.test(text)
  );
}

/** A form of address on its own (各位代表！ 老师们、同学们：): a 称呼, never a 段首句 or a 号召. */
export function isAddressOnly(text: string): boolean {
  const s = text.replace(/[！!：:，,。\s]+$/, '');
  if (!s || s.length > 30) return false;
  const parts = s.split(/[、，,]/);
  const person = /^(?:各位|尊敬的|亲爱的)?[\u4e00-\u9fa5]{0,6}(?:代表|委员|理事|同志们|老师们|同学们|来宾|嘉宾|朋友们|家长们?|领导|女士们|先生们|同仁们?|教工同志们)$/;
  // `人大代表、政协委员` in a sentence is a list of people, not an address: one part must be 各位…/尊敬的…/…们.
  return parts.every((p) => person.test(p)) && parts.some((p) => /^(?:各位|尊敬的|亲爱的)|们$/.test(p));
}

/** `“五个中心”` `六个一流`: a counted formula names a programme; it is shared wording only where several documents use it. */
export function isCountedFormula(text: string): boolean {
  return /^[“"]?[一二三四五六七八九十两]个[\u4e00-\u9fa5]{1,6}[”"]?$/.test(text);
}

/**
 * Counts per pair of Chinese characters, in an open-addressing table of typed arrays: deriving a corpus
 * counts every pair of every document (millions), and a Map per pair made this the slowest step.
 */
class PairTable {
  private keys: Uint32Array;
  private dfs: Int32Array;
  private tfs: Int32Array;
  private lastDoc: Int32Array;
  private size = 0;

  /** `expected`: about how many pairs it will hold (it grows past that); a table per document must not cost a megabyte. */
  constructor(expected = 1 << 15) {
    let n = 64;
    while (n < expected * 2) n *= 2;
    this.keys = new Uint32Array(n);
    this.dfs = new Int32Array(n);
    this.tfs = new Int32Array(n);
    this.lastDoc = new Int32Array(n).fill(-1);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Count a pair only if it is in the table already (see `watch`). */
  countIfWatched(key: number, doc: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) return;
    this.tfs[i]++;
    if (this.lastDoc[i] !== doc) {
      this.lastDoc[i] = doc;
      this.dfs[i]++;
    }
  }

  /** Put a pair in the table with no counts. */
  watch(key: number): void {
    let i = this.slot(key);
    if (this.keys[i] === key) return;
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      i = this.slot(key);
    }
    this.keys[i] = key;
    this.size++;
  }

  count(key: number, doc: number): void {
    let i = this.slot(key);
    if (this.keys[i] === 0) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.size++;
    }
    this.tfs[i]++;
    if (this.lastDoc[i] !== doc) {
      this.lastDoc[i] = doc;
      this.dfs[i]++;
    }
  }

  df(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.dfs[i] : 0;
  }

  tf(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.tfs[i] : 0;
  }

  private grow(): void {
    const { keys, dfs, tfs, lastDoc } = this;
    const n = keys.length * 2;
    this.keys = new Uint32Array(n);
    this.dfs = new Int32Array(n);
    this.tfs = new Int32Array(n);
    this.lastDoc = new Int32Array(n).fill(-1);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === 0) continue;
      const i = this.slot(keys[j]);
      this.keys[i] = keys[j];
      this.dfs[i] = dfs[j];
      this.tfs[i] = tfs[j];
      this.lastDoc[i] = lastDoc[j];
    }
  }
}

export interface PairStats {
  /** Documents a character pair occurs in, and times it occurs in all. */
  pairs: PairTable;
  documents: number;
  /** The pairs of the texts that were watched (`only`), so each is computed once. */
  watched: Map<string, number[]>;
}

const HAN_LO = 0x4e00;
const HAN_HI = 0x9fff;
const pairKey = (c0: number, c1: number) => c0 * 65536 + c1;

/**
 * For each pair of Chinese characters: in how many documents it occurs, and how often in all. With
 * `only` (the texts that will be asked about), just their pairs are counted, which is much faster.
 */
export function pairStatistics(corpus: Corpus, only?: Iterable<string>): PairStats {
  let pairs: PairTable;
  const watched = new Map<string, number[]>();
  if (only) {
    let n = 0;
    for (const t of only) {
      if (watched.has(t)) continue;
      const ks = hanPairs(t);
      watched.set(t, ks);
      n += ks.length;
    }
    pairs = new PairTable(n);
    for (const ks of watched.values()) for (const k of ks) pairs.watch(k);
  } else pairs = new PairTable();
  corpus.documents.forEach((d, doc) => {
    const add = (t: string) => {
      let c0 = t.charCodeAt(0);
      for (let i = 1; i < t.length; i++) {
        const c1 = t.charCodeAt(i);
        if (c0 >= HAN_LO && c0 <= HAN_HI && c1 >= HAN_LO && c1 <= HAN_HI) {
          if (only) pairs.countIfWatched(pairKey(c0, c1), doc);
          else pairs.count(pairKey(c0, c1), doc);
        }
        c0 = c1;
      }
    };
    const walk = (nodes: readonly DocNode[]) => {
      for (const n of nodes) {
        if (n.kind === 'paragraph') add(n.normalized);
        else {
          add(n.heading);
          if (n.runIn) add(n.runIn);
          walk(n.children);
        }
      }
    };
    walk(d.opening);
    walk(d.sections);
    walk(d.closing);
  });
  return { pairs, documents: corpus.documents.length, watched };
}

/** How few documents make a “small group” of an archive (one organisation's, one city's): 10%, at least two. */
export function smallGroup(stats: PairStats): number {
  return Math.max(2, Math.ceil(0.1 * stats.documents));
}

/** The phrase's pairs of Chinese characters (placeholders and punctuation break pairs). */
function hanPairs(text: string): number[] {
  const han = text.replace(/\{[^}]*\}/g, '，');
  const out: number[] = [];
  for (let i = 0; i + 1 < han.length; i++) {
    const c0 = han.charCodeAt(i);
    const c1 = han.charCodeAt(i + 1);
    if (c0 >= HAN_LO && c0 <= HAN_HI && c1 >= HAN_LO && c1 <= HAN_HI) out.push(pairKey(c0, c1));
  }
  return out;
}

/**
 * Share of a phrase's character pairs that documents beyond a small group also use (1 = all shared
 * vocabulary; 0 = words only a few documents know).
 */
export function sharedVocabulary(text: string, stats: PairStats): number {
  const pairs = stats.watched.get(text) ?? hanPairs(text);
  const group = smallGroup(stats);
  return pairs.length ? pairs.filter((p) => stats.pairs.df(p) > group).length / pairs.length : 1;
}

/**
 * Does the phrase carry a name: a character pair that only a small group of documents uses but uses again
 * and again (知联会 in the one document about it, a school's 存古开新 in its three)? Names recur where they
 * belong; a rare ordinary word does not.
 */
export function carriesName(text: string, stats: PairStats): boolean {
  const group = smallGroup(stats);
  let named = 0;
  for (const p of stats.watched.get(text) ?? hanPairs(text)) {
    const df = stats.pairs.df(p);
    const tf = stats.pairs.tf(p);
    if (df > 0 && df <= group && tf >= 4 && tf >= 3 * df) named++;
  }
  return named >= 2;
}
