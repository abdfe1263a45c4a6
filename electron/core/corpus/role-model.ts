/**
 * A small learned alternative to the role rules, kept to compare against them honestly: multinomial naive
 * Bayes over character unigrams and bigrams of a top-level section (its heading weighted three times, the
 * opening of its body), plus its position and the document's genre as tokens. Deterministic (no random
 * initialisation, ties broken by role order). `npm run corpus -- eval DIR --compare-model` trains it
 * leave-one-document-out on a labelled set and prints its accuracy next to the rules'. The engine uses
 * the rules (see electron/cli/README.md for the figures and why).
 */
import { ROLES, type Genre, type Role } from '../draft/model';
import type { SectionNode } from './types';
import { sectionText } from './structure';

export interface RoleExample {
  tokens: string[];
  role: Role;
}

function grams(text: string, prefix: string, out: string[]): void {
  const s = text.replace(/[^\p{L}\p{N}]/gu, '');
  for (let i = 0; i < s.length; i++) {
    out.push(prefix + s[i]);
    if (i + 1 < s.length) out.push(prefix + s.slice(i, i + 2));
  }
}

/** The tokens a section is classified by. */
export function sectionTokens(sec: SectionNode, index: number, count: number, genre: Genre): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) grams(sec.heading, 'h:', out);
  const body = sectionText(sec).slice(sec.heading.length);
  grams(body.slice(0, 600) + body.slice(-200), 'b:', out);
  out.push(`pos:${index === 0 ? 'first' : index === count - 1 ? 'last' : 'mid'}`, `genre:${genre}`);
  return out;
}

export class RoleModel {
  private readonly logPrior = new Map<Role, number>();
  private readonly logLik = new Map<Role, Map<string, number>>();
  private readonly unseen = new Map<Role, number>();

  constructor(examples: readonly RoleExample[], alpha = 1) {
    const vocab = new Set<string>();
    const counts = new Map<Role, Map<string, number>>();
    const totals = new Map<Role, number>();
    const docs = new Map<Role, number>();
    for (const e of examples) {
      docs.set(e.role, (docs.get(e.role) ?? 0) + 1);
      const c = counts.get(e.role) ?? new Map<string, number>();
      for (const t of e.tokens) {
        vocab.add(t);
        c.set(t, (c.get(t) ?? 0) + 1);
      }
      counts.set(e.role, c);
      totals.set(e.role, (totals.get(e.role) ?? 0) + e.tokens.length);
    }
    const v = vocab.size;
    for (const [role, n] of docs) {
      this.logPrior.set(role, Math.log(n / examples.length));
      const denom = (totals.get(role) ?? 0) + alpha * v;
      const lik = new Map<string, number>();
      for (const [t, k] of counts.get(role)!) lik.set(t, Math.log((k + alpha) / denom));
      this.logLik.set(role, lik);
      this.unseen.set(role, Math.log(alpha / denom));
    }
  }

  predict(tokens: readonly string[]): Role {
    let best: Role = 'other';
    let bestScore = -Infinity;
    for (const role of ROLES) {
      const prior = this.logPrior.get(role);
      if (prior === undefined) continue;
      const lik = this.logLik.get(role)!;
      const unseen = this.unseen.get(role)!;
      let s = prior;
      for (const t of tokens) s += lik.get(t) ?? unseen;
      if (s > bestScore) [best, bestScore] = [role, s];
    }
    return best;
  }
}
