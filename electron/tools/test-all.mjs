#!/usr/bin/env node
// `npm test`: type-check, unit tests (Vitest, in Node), then the e2e suite (Playwright, in Debian's
// Chromium against the browser host; Electron specs skip with a reason when no Electron binary exists).
// Every stage runs even if an earlier one fails, so one CI log shows every failure; the exit code is
// non-zero if any stage failed. CI's log is often read from its tail, so the summary at the end names
// the failing tests of each failed stage, not only the stage.
import { spawn } from 'node:child_process';

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

// Lines that name a failure: Vitest's "FAIL file > test" and "×", Playwright's "✘" and numbered
// failures ("1) [chromium] › …"), tsc's "error TS", and the first line of an assertion.
const FAILURE_LINE = /(^|\s)(FAIL|×|✘)\s|^\s*\d+\) \[|error TS\d+|AssertionError|^\s*Error: /;
const MAX_KEPT = 12;
const plain = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd();

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'], env: process.env });
    const failures = [];
    const tails = { stdout: '', stderr: '' };
    const scan = (key, out) => (chunk) => {
      out.write(chunk);
      const lines = (tails[key] + chunk.toString('utf8')).split('\n');
      tails[key] = lines.pop() ?? '';
      for (const line of lines) {
        const p = plain(line);
        if (FAILURE_LINE.test(p) && !failures.includes(p.trim()) && failures.length < MAX_KEPT) failures.push(p.trim());
      }
    };
    child.stdout.on('data', scan('stdout', process.stdout));
    child.stderr.on('data', scan('stderr', process.stderr));
    child.on('error', (err) => resolve({ status: 1, failures: [String(err)] }));
    child.on('close', (status) => resolve({ status, failures }));
  });
}

const results = [];
for (const [name, cmd, args] of stages) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = await run(cmd, args);
  results.push({ name, ok: r.status === 0, failures: r.failures, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
}
console.log('\n=== summary');
for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
  if (!r.ok) for (const line of r.failures) console.log(`      ${line.slice(0, 200)}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
