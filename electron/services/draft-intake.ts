/**
 * The one door through which a draft from outside the editor enters on the host side: an opened .gwdraft, a
 * .docx import, a recovery copy. What comes out can be shown by the editor and saved again.
 *
 * The normaliser of the draft model itself (unknown keys, empty children, block kinds) belongs in
 * electron/core/draft and will be called from here; until it lands this mends what is known to break
 * the editor and applies the size limit.
 */
import { MAX_DRAFT_BLOCKS } from '../api';
import type { Draft } from '../core/draft/model';

export interface IntakeResult {
  draft: Draft;
  /** Chinese notes for the user about what was mended or left out. */
  warnings: string[];
  /** Content was left out: the result must not be saved over the file it came from. */
  truncated: boolean;
}

export function intakeDraft(draft: Draft): IntakeResult {
  const warnings: string[] = [];
  let content = draft.content;
  let truncated = false;
  if (content.length > MAX_DRAFT_BLOCKS) {
    warnings.push(
      `文档共有 ${content.length.toLocaleString('zh-CN')} 段，超过一份草稿的上限 ${MAX_DRAFT_BLOCKS.toLocaleString('zh-CN')} 段：` +
        `只载入了前 ${MAX_DRAFT_BLOCKS.toLocaleString('zh-CN')} 段，原文件没有改动。请把文档拆成几份分别打开。`,
    );
    content = content.slice(0, MAX_DRAFT_BLOCKS);
    truncated = true;
  }
  // An element with no children cannot be shown or edited (Slate throws); an empty text leaf is its empty form.
  let mended = 0;
  const fixed = content.map((block) => {
    let b = block;
    if (b.children.length === 0) {
      mended++;
      b = { ...b, children: [{ text: '' }] } as typeof b;
    }
    if (b.children.some((c) => 'type' in c && c.children.length === 0)) {
      mended++;
      b = { ...b, children: b.children.map((c) => ('type' in c && c.children.length === 0 ? { ...c, children: [{ text: '' }] } : c)) } as typeof b;
    }
    return b;
  });
  if (mended) warnings.push(`修复了 ${mended} 处空段落或空占位符`);
  if (fixed.length === 0) fixed.push({ type: 'paragraph', children: [{ text: '' }] });
  return { draft: { ...draft, content: fixed }, warnings, truncated };
}
