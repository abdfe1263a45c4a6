/** Where the caret is, as the side panels see it: the 作用 (role) of the section it is in. */
import type { BlockElement, Role } from '#core/draft/model';
import { roleAt } from '#core/draft/outline';
import { type AppState, useApp } from './store';

export const roleAtCaret = (s: AppState): Role => (s.session ? roleAt(s.session.editor.children as BlockElement[], s.activeBlock) : 'opening');

/** Re-read on each store change (a caret move, an analysis pass); re-renders only when the role changes. */
export const useCaretRole = (): Role => useApp(roleAtCaret);
