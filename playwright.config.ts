/**
 * End-to-end suite: the real UI in Debian's Chromium against the browser host (one fresh data directory
 * per test), plus the same flows through Electron when its binary exists (skipped with the reason
 * otherwise). Screenshots of each step are attached to the report and kept under test-results/.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/chromium';

export default defineConfig({
  testDir: 'e2e',
  // A subfolder: Playwright empties its outputDir at start, and test-results/artifacts holds the unit
  // tests' rendered .docx pages (PNG), which must survive the e2e stage.
  outputDir: 'test-results/e2e',
  globalSetup: './e2e/global-setup.ts',
  // Two cores shared with the host server and the build: one worker, generous timeouts.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The chromium project's specs get their browser from e2e/host-fixture.ts (e2e/chromium.ts: these
    // switches and the browser's own WebUI turned off); these options are for any other launch.
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
