/** Builds the read-only view of a draft that every rule works on. */
import { inlineText, type Draft, type Role } from '../draft/model';
import { roleOfHeading } from '../draft/outline';
import type { CheckBlock, CheckContext, CheckSettings } from './types';

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
      const role = roleOfHeading(block);
      sectionRole = role === 'other' ? undefined : role;
    }
    return { index, block, text, sectionRole, sectionHeading };
  });
  return { draft, blocks, settings, reportYear: inferReportYear(draft) };
}
