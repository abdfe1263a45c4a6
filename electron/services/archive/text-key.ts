/**
 * A file's text key: what says two files hold the same text whatever their bytes (a .docx and its .txt, a report
 * re-saved by Word with new timestamps, a copy marked （定稿）). SHA-256 over each document's paragraph texts as the
 * archive stores them (kinds and roles left out, so a heading the .docx reader found by its style and the .txt
 * reader by its marker still match), with all white space dropped.
 */
import { createHash } from 'node:crypto';
import type { DerivedDoc } from './derive';

export function textKeyOf(docs: readonly (readonly string[])[]): string {
  const h = createHash('sha256');
  for (const paragraphs of docs) {
    for (const t of paragraphs) h.update(t.replace(/\s+/g, '')).update('\n');
    h.update('\f');
  }
  return h.digest('hex');
}

export function textKey(docs: readonly DerivedDoc[]): string {
  return textKeyOf(docs.map((d) => d.paragraphs.map((p) => p.text)));
}
