import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusPath, loadDefaultCorpus } from '../../services/corpus-files';
import { buildTemplates, TEMPLATE_FILES } from './templates';

describe('templates/', () => {
  it('equal a fresh derivation from assets/seed-reports.txt (run `npm run templates` when this fails)', async () => {
    const fresh = buildTemplates(await loadDefaultCorpus());
    const dir = path.join(path.dirname(path.dirname(defaultCorpusPath())), 'templates');
    for (const name of TEMPLATE_FILES) expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(fresh[name]);
  });

  it('is deterministic', async () => {
    const a = buildTemplates(await loadDefaultCorpus());
    const b = buildTemplates(await loadDefaultCorpus());
    expect(a).toEqual(b);
    expect(a['skeletons.json']).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
