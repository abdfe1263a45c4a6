/** Builds the read-only view of a draft that every rule works on. */
import { inlineText, type Draft, type Role } from '../draft/model';
import type { CheckBlock, CheckContext, CheckSettings } from './types';

/** Heading wording → role, for drafts whose headings carry no `role` (e.g. typed by hand). */
const ROLE_WORDS: [RegExp, Role][] = [
  [/回顾|成绩|成效|取得/, 'review'],
  [/问题|不足|差距/, 'problems'],
  [/总体要求|指导思想|总体思路|主要目标/, 'requirements'],
  [/任务|重点工作|工作安排/, 'tasks'],
];

export function guessRole(heading: string): Role | undefined {
  for (const [re, role] of ROLE_WORDS) if (re.test(heading)) return role;
  return undefined;
}

/** The year the report is about: `meta.reportYear`, else the first 4-digit year in the title. */
export function inferReportYear(draft: Draft): number | null {
  if (draft.meta.reportYear) return draft.meta.reportYear;
  const title = draft.content.find((b) => b.type === 'title');
  if (!title) return null;
  const m = /((?:19|20)\d{2})\s*年/.exec(inlineText(title.children));
  return m ? Number(m[1]) : null;
}

export function buildContext(draft: Draft, settings: CheckSettings): CheckContext {
  let sectionRole: Role | undefined;
  let sectionHeading: string | undefined;
  const blocks: CheckBlock[] = draft.content.map((block, index) => {
    const text = inlineText(block.children);
    if (block.type === 'heading' && block.level === 1) {
      sectionHeading = text;
      sectionRole = block.role && block.role !== 'other' ? block.role : guessRole(text);
    }
    return { index, block, text, sectionRole, sectionHeading };
  });
  return { draft, blocks, settings, reportYear: inferReportYear(draft) };
}
