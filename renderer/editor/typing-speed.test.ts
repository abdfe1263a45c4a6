/**
 * hideFromReactSelectionRestore in real Chromium with real React: before it, one unrelated state update
 * makes React walk the whole focused contentEditable; after it, React leaves it alone, and the element is
 * still editable with its selection intact.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleHarness } from '../test-support/bundle-harness';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('hideFromReactSelectionRestore', () => {
  it('stops the per-commit walk over a focused contentEditable', async () => {
    const bundle = await bundleHarness(fileURLToPath(new URL('./selection-walk-harness.tsx', import.meta.url)));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>');
      await page.addScriptTag({ content: bundle });
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      const walk = () => page.evaluate(() => (window as unknown as { commitWalk(): number }).commitWalk());
      // React's ReactInputSelection visits every node of the editable (2,000 paragraphs) on each commit.
      expect(await walk()).toBeGreaterThan(2000);
      await page.evaluate(() => (window as unknown as { hide(): void }).hide());
      expect(await walk()).toBeLessThan(10);
      const after = await page.evaluate(() => {
        const el = document.getElementById('editable')!;
        const s = window.getSelection()!;
        return { editable: el.isContentEditable, attr: el.getAttribute('contenteditable'), focused: document.activeElement === el, caret: [s.anchorNode?.textContent, s.anchorOffset] };
      });
      expect(after).toEqual({ editable: true, attr: 'true', focused: true, caret: ['段落1999', 2] });
      // Typing still works in it.
      await page.keyboard.type('好');
      expect(await page.locator('#editable p').last().textContent()).toBe('段落好1999');
    } finally {
      await browser.close();
    }
  });
});
