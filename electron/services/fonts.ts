/**
 * The font families installed on this machine, for the pre-export font check (core/format/font-check.ts).
 * Linux: fc-list (checked here). Windows: the Fonts registry keys (machine and per-user) through `reg query`;
 * macOS: `system_profiler SPFontsDataType`. The Windows and macOS readers are written to their documented
 * output formats but are not exercised on this Linux machine (docs/gbt9704.md says so).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const OPTS = { timeout: 15_000, maxBuffer: 32 * 1024 * 1024, windowsHide: true } as const;

/** `fc-list : family` prints one face per line, its names comma-separated (文泉驿正黑,WenQuanYi Zen Hei). */
export function parseFcList(out: string): string[] {
  return out.split('\n').flatMap((l) => l.split(',').map((n) => n.replace(/\\-/g, '-').trim())).filter(Boolean);
}

/** `reg query …\Fonts` lines: `    仿宋_GB2312 (TrueType)    REG_SZ    SIMFANG.TTF`; a value may name several faces joined by “&”. */
export function parseRegFonts(out: string): string[] {
  return out
    .split(/\r?\n/)
    .map((l) => /^\s+(.+?)\s+REG_(?:SZ|EXPAND_SZ)\s/.exec(l)?.[1])
    .filter((v): v is string => !!v)
    .flatMap((v) => v.replace(/\s*\((TrueType|OpenType|All res)\)\s*$/i, '').split('&'))
    .map((n) => n.trim())
    .filter(Boolean);
}

/** `system_profiler SPFontsDataType -json`: typefaces carry a `family` name. */
export function parseSystemProfiler(out: string): string[] {
  try {
    const data = JSON.parse(out) as { SPFontsDataType?: { typefaces?: { family?: string; fullname?: string }[] }[] };
    return (data.SPFontsDataType ?? []).flatMap((f) => (f.typefaces ?? []).flatMap((t) => [t.family, t.fullname])).filter((n): n is string => !!n);
  } catch {
    return [];
  }
}

export async function installedFontFamilies(platform: NodeJS.Platform = process.platform): Promise<string[]> {
  try {
    if (platform === 'win32') {
      const keys = ['HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts', 'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts'];
      const outs = await Promise.all(keys.map((k) => run('reg', ['query', k], OPTS).then((r) => r.stdout, () => '')));
      return outs.flatMap(parseRegFonts);
    }
    if (platform === 'darwin') return parseSystemProfiler((await run('system_profiler', ['SPFontsDataType', '-json'], OPTS)).stdout);
    return parseFcList((await run('fc-list', [':', 'family'], OPTS)).stdout);
  } catch {
    // No font lister: report every font missing rather than fail the export.
    return [];
  }
}
