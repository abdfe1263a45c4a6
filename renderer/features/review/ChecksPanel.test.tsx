/**
 * ChecksPanel: markup from React's server renderer (groups, counts, test ids, empty state), and the
 * clicks in real Chromium (the component bundled with esbuild, as the app is): an item jumps, “修正” fixes
 * without jumping, Enter on a focused item jumps.
 */
import { bundleHarness } from '../../test-support/bundle-harness';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runChecks } from '#core/checks/index';
import { draftOf, h, p, SETTINGS, seedParagraph } from '#core/checks/test-helpers';
import type { Finding } from '#core/checks/types';
import { ChecksPanel } from './ChecksPanel';

const draft = draftOf([
  h(1, '工作回顾', 'review'),
  p(seedParagraph('信访案件办结率达1000%')),
  p(seedParagraph('这是全县广大党外知识分子盼望已久的一件盛事!')),
  p('这是我们的的重要任务。'),
]);
const findings = runChecks(draft, SETTINGS);
const noop = () => {};

describe('ChecksPanel markup', () => {
  it('shows “未发现问题” when there is nothing to report', () => {
    const html = renderToStaticMarkup(<ChecksPanel findings={[]} onJump={noop} onFix={noop} />);
    expect(html).toContain('未发现问题');
    expect(html).not.toContain('data-testid="finding"');
  });

  it('groups findings by rule with Chinese labels and counts, one item per finding', () => {
    const html = renderToStaticMarkup(<ChecksPanel findings={findings} onJump={noop} onFix={noop} />);
    expect(html.match(/data-testid="finding"/g)).toHaveLength(findings.length);
    for (const rule of new Set(findings.map((f) => f.rule))) {
      const n = findings.filter((f) => f.rule === rule).length;
      expect(html.match(new RegExp(`data-testid="finding" data-rule="${rule}"`, 'g'))).toHaveLength(n);
    }
    expect(html).toMatch(/可疑数字<span class="ck-group-count">1<\/span>/);
    expect(html).toMatch(/重复字词<span class="ck-group-count">1<\/span>/);
    expect(html).toContain(`共 ${findings.length} 处`);
    expect(html.match(/>修正</g)).toHaveLength(findings.filter((f) => f.fix).length);
    expect(html).toContain('aria-label="修正：改为全角！"');
    // 可疑数字 (placeholders/figures come first in RULES) is listed before 标点符号.
    expect(html.indexOf('可疑数字')).toBeLessThan(html.indexOf('标点符号'));
  });

  it('lists findings of rules it does not know under their id', () => {
    const extra: Finding = { id: 'x', rule: 'custom-rule', severity: 'info', message: '自定义检查', blockIndex: 0, start: 0, end: 1 };
    const html = renderToStaticMarkup(<ChecksPanel findings={[extra]} onJump={noop} onFix={noop} />);
    expect(html).toContain('custom-rule');
    expect(html).toContain('自定义检查');
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('ChecksPanel in Chromium', () => {
  it('calls onJump on click and Enter, onFix (only) on 修正', async () => {
    const harness = fileURLToPath(new URL('./panel-harness.tsx', import.meta.url));
    const bundle = await bundleHarness(harness);
    const css = await import('node:fs').then((fs) => fs.readFileSync(fileURLToPath(new URL('./checks.css', import.meta.url)), 'utf8'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div id="root"></div></body></html>`);
      await page.evaluate((f) => ((window as unknown as { FINDINGS: Finding[] }).FINDINGS = f), findings);
      await page.addScriptTag({ content: bundle });
      const items = page.getByTestId('finding');
      await expect.poll(() => items.count()).toBe(findings.length);
      const log = () => page.evaluate(() => (window as unknown as { LOG: string[] }).LOG);

      const rate = page.locator('[data-testid="finding"][data-rule="figures"]');
      await rate.click();
      expect(await log()).toEqual([`jump:${findings.find((f) => f.rule === 'figures')!.id}`]);

      const repeat = findings.find((f) => f.rule === 'repeats')!;
      await page.locator('[data-testid="finding"][data-rule="repeats"]').getByRole('button', { name: '修正：删去一个“的”' }).click();
      expect(await log()).toEqual([`jump:${findings.find((f) => f.rule === 'figures')!.id}`, `fix:${repeat.id}`]);

      await page.locator('[data-testid="finding"][data-rule="repeats"]').focus();
      await page.keyboard.press('Enter');
      expect((await log()).at(-1)).toBe(`jump:${repeat.id}`);
      // The item is styled by checks.css (real stylesheet, not a test double).
      expect(await rate.evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');

      // Folding a group hides its items and does not jump; unfolding shows them again.
      const punct = page.locator('[data-testid="finding"][data-rule="punctuation"]');
      const nPunct = findings.filter((f) => f.rule === 'punctuation').length;
      await expect.poll(() => punct.filter({ visible: true }).count()).toBe(nPunct);
      const before = (await log()).length;
      await page.locator('[data-testid="finding-group"][data-rule="punctuation"] .ck-group-toggle').click();
      await expect.poll(() => punct.filter({ visible: true }).count()).toBe(0);
      await page.locator('[data-testid="finding-group"][data-rule="punctuation"] .ck-group-toggle').click();
      await expect.poll(() => punct.filter({ visible: true }).count()).toBe(nPunct);
      expect((await log()).length).toBe(before);
    } finally {
      await browser.close();
    }
  });
});
