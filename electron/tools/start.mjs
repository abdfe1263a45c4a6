#!/usr/bin/env node
// `npm start` (after the build): runs the app in Electron; where the Electron binary cannot be had (it is
// downloaded on demand and this machine may be offline), says so in one line and runs the browser host
// instead, printing its URL and opening it when there is a display. Extra arguments go to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const extra = process.argv.slice(2);

/** Path of a runnable Electron binary, or null. In a child with a timeout: require('electron') may try to download. */
function findElectron() {
  if (process.env.GONGWEN_FORCE_BROWSER) return null;
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    timeout: 20_000,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const p = r.status === 0 ? r.stdout.trim().split('\n').pop() : '';
  return p && existsSync(p) ? p : null;
}

function hasDisplay() {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const forward = (child) => {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
};

function startBrowserHost(line) {
  console.log(line);
  const args = [path.join(root, 'dist', 'host', 'server.js'), ...extra];
  if (hasDisplay() && !extra.includes('--open')) args.push('--open');
  forward(spawn(process.execPath, args, { stdio: 'inherit', env: process.env }));
}

const electron = findElectron();
if (electron && hasDisplay()) {
  // The app root (not main.js) so that package.json's name and main apply.
  const started = Date.now();
  const child = spawn(electron, [root], { stdio: 'inherit', env: process.env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  const fallBack = (why) =>
    startBrowserHost(`Electron 无法启动（${why}），改用浏览器模式 / Electron failed to start (${why}), using the browser host:`);
  child.on('error', (e) => fallBack(e.code ?? e.message));
  child.on('exit', (code, signal) => {
    // A crash within seconds is a missing system library or similar, not the user quitting.
    if (code && Date.now() - started < 5000) fallBack(`exit ${code}`);
    else process.exit(signal ? 1 : (code ?? 0));
  });
} else if (electron) {
  startBrowserHost('没有图形显示环境，改用浏览器模式 / no display available, using the browser host:');
} else {
  startBrowserHost('未找到 Electron 可执行文件（本机无法下载），改用浏览器模式 / Electron binary unavailable, using the browser host:');
}
