/** Where the caret is, as the side panels see it: the 作用 (role) of what is written there (core/draft/outline.ts roleAt). */
import type { BlockElement, Role } from '#core/draft/model';
import { partAt, roleAt } from '#core/draft/outline';
import { type AppState, useApp } from './store';

export const roleAtCaret = (s: AppState): Role => (s.session ? roleAt(s.session.editor.children as BlockElement[], s.activeBlock) : 'opening');

/** Re-read on each store change (a caret move, an analysis pass); re-renders only when the role changes. */
export const useCaretRole = (): Role => useApp(roleAtCaret);

/**
 * The role of the part (开头, a level-1 section, 结尾) the caret is in, whatever paragraph of it: what the guidance
 * card speaks of, with the part's length beside it (a 问题 paragraph inside 回顾 is still in 回顾's count).
 */
export const partRoleAtCaret = (s: AppState): Role => (s.session ? partAt(s.session.editor.children as BlockElement[], s.activeBlock).role : 'opening');
export const useCaretPartRole = (): Role => useApp(partRoleAtCaret);
