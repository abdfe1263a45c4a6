#!/usr/bin/env node
// `npm test`: type-check, unit tests (Vitest, in Node), then the e2e suite (Playwright, in Debian's
// Chromium against the browser host; Electron specs skip with a reason when no Electron binary exists).
// Every stage runs even if an earlier one fails, so one CI log shows every failure; the exit code is
// non-zero if any stage failed.
import { spawnSync } from 'node:child_process';

const stages = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['templates are current', 'npx', ['tsx', 'electron/tools/gen-templates.ts', '--check']],
  ['unit', 'npx', ['vitest', 'run']],
  ['electron security audit (Electronegativity)', 'node', ['electron/tools/audit-electron.mjs']],
  ['build', 'node', ['electron/tools/build.mjs']],
  ['e2e', 'npx', ['playwright', 'test']],
  // Benchmarks are not pass/fail on their targets; the smoke run (small sizes) only keeps them working.
  ['bench smoke (small sizes)', 'npx', ['tsx', 'bench/run.ts', '--quick']],
];

const results = [];
for (const [name, cmd, args] of stages) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  results.push({ name, ok: r.status === 0, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
