/**
 * What makes a phrase one a secretary would reuse as it stands, as rules that do not know any one archive:
 * no hole where a name or place was removed (贯彻落实同志在考察时…), not a fragment (a word cut in two,
 * a bare form of address), and not the private vocabulary of one organisation or event (a school's motto,
 * a city's “五个中心”): words whose character pairs no other document of the archive uses.
 */
import type { Corpus } from './types';
import { sectionText } from './structure';

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

export interface PairStats {
  /** Documents a character pair occurs in. */
  df: Map<string, number>;
  /** Times it occurs in the whole corpus. */
  tf: Map<string, number>;
  documents: number;
}

/** For each character pair: in how many documents it occurs, and how often in all. */
export function pairStatistics(corpus: Corpus): PairStats {
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const d of corpus.documents) {
    const seen = new Set<string>();
    const add = (t: string) => {
      for (let i = 0; i + 1 < t.length; i++) {
        const c0 = t.charCodeAt(i);
        const c1 = t.charCodeAt(i + 1);
        if (c0 < 0x4e00 || c0 > 0x9fff || c1 < 0x4e00 || c1 > 0x9fff) continue;
        const k = t.slice(i, i + 2);
        seen.add(k);
        tf.set(k, (tf.get(k) ?? 0) + 1);
      }
    };
    for (const p of d.opening) add(p.normalized);
    for (const s of d.sections) add(sectionText(s));
    for (const p of d.closing) add(p.normalized);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { df, tf, documents: corpus.documents.length };
}

/** How few documents make a “small group” of an archive (one organisation's, one city's): 10%, at least two. */
export function smallGroup(stats: PairStats): number {
  return Math.max(2, Math.ceil(0.1 * stats.documents));
}

function hanPairs(text: string): string[] {
  const han = text.replace(/\{[^}]*\}/g, '，').replace(/[^\u4e00-\u9fff]+/g, '，');
  const out: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) if (han[i] !== '，' && han[i + 1] !== '，') out.push(han.slice(i, i + 2));
  return out;
}

/**
 * Share of a phrase's character pairs that documents beyond a small group also use (1 = all shared
 * vocabulary; 0 = words only a few documents know).
 */
export function sharedVocabulary(text: string, stats: PairStats): number {
  const pairs = hanPairs(text);
  const group = smallGroup(stats);
  return pairs.length ? pairs.filter((p) => (stats.df.get(p) ?? 0) > group).length / pairs.length : 1;
}

/**
 * Does the phrase carry a name: a character pair that only a small group of documents uses but uses again
 * and again (知联会 in the one document about it, a school's 存古开新 in its three)? Names recur where they
 * belong; a rare ordinary word does not.
 */
export function carriesName(text: string, stats: PairStats): boolean {
  const group = smallGroup(stats);
  let named = 0;
  for (const p of hanPairs(text)) {
    const df = stats.df.get(p) ?? 0;
    const tf = stats.tf.get(p) ?? 0;
    if (df > 0 && df <= group && tf >= 4 && tf >= 3 * df) named++;
  }
  return named >= 2;
}
