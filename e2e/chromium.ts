/**
 * The Chromium the e2e suite and the benches drive, standing in for Electron's window.
 *
 * A new browser context in (headless) Chromium opens a browser window, and each window has the browser's own
 * WebUI parts (the omnibox popup) rendered in a "WebUI Top Renderer" process. Traced during an app-ready start
 * on this 2-core machine, that process took 0.2–1 s of CPU while the host started and the page loaded, on the
 * cores the page needed. Electron's window has no omnibox, so the suite and the benches turn the feature off.
 * Chromium 156.0.8078.114 (Debian, December 2026) renders that popup again under a second feature,
 * chrome://omnibox-popup.top-chrome/omnibox_popup_aim.html ("AI mode"): with only the first feature off, an
 * app-ready start with 10,000 reports took 1,968 ms median; with both off, 1,356 ms (7 starts each, load < 1.5).
 * A browser target of type `browser_ui` in CDP's Target.getTargets is how to spot the next one.
 *
 * Chromium keeps only the last `--disable-features` on its command line, and Playwright passes its own list
 * (features whose calls home or prompts would disturb a test). Adding ours as a second switch would silently
 * drop Playwright's, so the two lists are merged: Playwright's is read off the command line of a browser it
 * launched (Linux: /proc; elsewhere Chromium runs without the extra features off).
 * The same window without the popup costs 375 ms against 530 ms (a context, a page, a load, closed; 10 each).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Features turned off on top of Playwright's list (see above). */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The `--disable-features=…` argument of the browser process this process launched, if it can be read. */
function launchedDisableFeatures(): string | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      const ppid = /^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
      if (Number(ppid) !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (!args.includes('--remote-debugging-pipe') || args.some((a) => a.startsWith('--type='))) continue;
      return args.find((a) => a.startsWith('--disable-features='));
    } catch {
      // The process ended while it was being read.
    }
  }
  return undefined;
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  const probe = await chromium.launch({ executablePath, args });
  const theirs = launchedDisableFeatures();
  if (!theirs) return probe;
  await probe.close();
  const merged = `${theirs},${DISABLED_FEATURES.join(',')}`;
  return chromium.launch({ executablePath, args: [...args, merged], ignoreDefaultArgs: [theirs] });
}
