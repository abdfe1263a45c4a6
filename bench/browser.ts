// The benches' Chromium is the e2e suite's (e2e/chromium.ts: Electron's window without the browser's own WebUI).
export { CHROMIUM_ARGS, launchChromium as launchBenchBrowser } from '../e2e/chromium';
