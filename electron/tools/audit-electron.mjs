#!/usr/bin/env node
// Electron security audit: runs Electronegativity (Doyensec) over the Electron sources and the renderer,
// offline (the release-feed check needs the network, so it is excluded and the Electron version is given),
// and fails when a HIGH or MEDIUM finding is not explained in electron/security-review.json.
// Explanations are keyed by check id and file, so they survive line moves but not new files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const review = JSON.parse(readFileSync(path.join(root, 'electron/security-review.json'), 'utf8'));

/** Minimal RFC 4180 CSV parser (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.length > 1);
}

// Global checks (navigation limits, permission handler, CSP) must see main process and renderer together,
// so both source trees (without tests) are scanned as one app.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
const app = path.join(tmp, 'app');
const findings = [];
try {
  for (const dir of ['electron', 'renderer']) {
    cpSync(path.join(root, dir), path.join(app, dir), { recursive: true, filter: (src) => !/\.test\.tsx?$|[\\/]fixtures([\\/]|$)|[\\/]tools([\\/]|$)/.test(src) });
  }
  {
    const out = path.join(tmp, 'findings.csv');
    const r = spawnSync(
      process.execPath,
      [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', app, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', out],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (r.status !== 0) {
      console.error(`electronegativity failed:\n${r.stdout}\n${r.stderr}`);
      process.exit(2);
    }
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    const col = (name) => header.findIndex((h) => h.trim() === name);
    for (const x of rows) {
      findings.push({
        id: x[col('issue')].trim(),
        severity: x[col('severity')].trim(),
        confidence: x[col('confidence')].trim(),
        file: x[col('filename')].trim(),
        location: x[col('location')].trim(),
        description: x[col('description')].trim(),
      });
    }
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
