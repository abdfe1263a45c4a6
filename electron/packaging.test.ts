/**
 * electron-builder.yml, checked against the schema of the installed electron-builder (an unknown or misspelt
 * key would otherwise be found only when packaging), and the Electron fuses it must flip (issue 16).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
// electron-builder's own YAML reader (it reads this very file with it); untyped, hence require.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, only its own integrity-checked app.asar, encrypted cookies', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('registers .gwdraft, which main opens from the command line, a second start and macOS open-file', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'gwdraft' })]);
  });
});
