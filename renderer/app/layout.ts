/**
 * The three columns' widths: 大纲 at the left and the side panels at the right can be folded away or dragged
 * wider, and stay as she left them (Settings.layout, saved by the host). Unless dragged, each is sized to the
 * window (styles.css), so at 1024 wide the page keeps a readable width and at 1920 the outline has room.
 */
import { DEFAULT_LAYOUT, type PanelLayout } from '../../electron/api';
import { host } from '../host';
import { settingsOf, useApp } from './store';
import { say } from './toasts';

export type Column = 'outline' | 'side';

/** A dragged column stays within these, and always leaves the page this much (styles.css repeats it). */
export const COLUMN_MIN = 160;
export const COLUMN_MAX = 560;

export const layoutOf = (s: Parameters<typeof settingsOf>[0]): PanelLayout => settingsOf(s).layout ?? DEFAULT_LAYOUT;

/** Changes the layout now and saves it behind; a failure to save is said, the columns stay as she set them. */
export async function setLayout(patch: Partial<PanelLayout>): Promise<void> {
  const s = useApp.getState();
  if (!s.prefs) return;
  const layout = { ...layoutOf(s), ...patch };
  useApp.setState({ prefs: { ...s.prefs, settings: { ...s.prefs.settings, layout } } });
  try {
    const prefs = await host.prefsSetSettings({ layout });
    // Only if nothing newer was set meanwhile (a drag ends while the fold click is still being saved).
    if (layoutOf(useApp.getState()) === layout) useApp.setState({ prefs });
  } catch (e) {
    say(`版面设置未能保存：${(e as Error).message}`, true);
  }
}

export function toggleColumn(c: Column): void {
  const l = layoutOf(useApp.getState());
  void setLayout(c === 'outline' ? { outlineOpen: !l.outlineOpen } : { sideOpen: !l.sideOpen });
}

export const clampWidth = (px: number): number => Math.round(Math.min(COLUMN_MAX, Math.max(COLUMN_MIN, px)));

export function setColumnWidth(c: Column, px: number): void {
  void setLayout(c === 'outline' ? { outlineWidth: px && clampWidth(px) } : { sideWidth: px && clampWidth(px) });
}
