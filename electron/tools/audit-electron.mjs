#!/usr/bin/env node
// Electron security audit: runs Electronegativity (Doyensec) over the Electron sources and the renderer,
// offline (the release-feed check needs the network, so it is excluded and the Electron version is given),
// and fails when a HIGH or MEDIUM finding is not explained in electron/security-review.json.
// Explanations are keyed by check id and file, so they survive line moves but not new files.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const review = JSON.parse(readFileSync(path.join(root, 'electron/security-review.json'), 'utf8'));

// Global checks (navigation limits, permission handler, CSP) must see main process and renderer together,
// so both source trees (without tests) are scanned as one app.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
const app = path.join(tmp, 'app');
const findings = [];
try {
  for (const dir of ['electron', 'renderer']) {
    cpSync(path.join(root, dir), path.join(app, dir), { recursive: true, filter: (src) => !/\.test\.tsx?$|[\\/]fixtures([\\/]|$)|[\\/]tools([\\/]|$)/.test(src) });
  }
  // The library API, not the CLI: the CLI writes its CSV/SARIF with an unawaited fs.writeFile, so a
  // report could be read before it was complete.
  const run = require('@doyensec/electronegativity/dist/runner.js');
  const result = await run({
    input: app,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  for (const i of result.issues) {
    findings.push({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      location: `${i.location.line}:${i.location.column}`,
      description: i.description,
    });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

let unexplained = 0;
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} finding(s)`);
for (const f of findings) {
  const why = review.find((e) => e.id === f.id && (e.file === f.file || e.file === '*'));
  const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
  if (serious && !why) unexplained++;
  console.log(`${serious && !why ? 'UNEXPLAINED' : 'ok'}  ${f.severity}/${f.confidence}  ${f.id}  ${f.file}:${f.location}`);
  console.log(`      ${why ? 'reviewed: ' + why.explanation : f.description}`);
}
if (unexplained) {
  console.error(`\n${unexplained} HIGH/MEDIUM finding(s) have no explanation in electron/security-review.json`);
  process.exit(1);
}
console.log('\nElectron security audit: every HIGH/MEDIUM finding is explained.');
