/**
 * Regenerate templates/*.json from the default corpus (assets/seed-reports.txt).
 * The seed only, on purpose: these files ship with the app and sections.json holds whole sections verbatim, so they
 * may carry only text the project can ship. Real archives (../shared/corpus/real for development, the user's own at
 * run time) give the skeletons of the genres the seed lacks without being copied here.
 *   npx tsx electron/tools/gen-templates.ts          write the files
 *   npx tsx electron/tools/gen-templates.ts --check  exit 1 if the files on disk are stale (run by `npm test`)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDefaultCorpus, defaultCorpusPath } from '../services/corpus-files';
import { buildTemplates } from '../core/corpus/templates';

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const seed = defaultCorpusPath();
  const root = path.dirname(path.dirname(seed));
  const dir = path.join(root, 'templates');
  const corpus = await loadDefaultCorpus(seed);
  const files = buildTemplates(corpus);
  let stale = 0;
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (check) {
      const onDisk = await readFile(file, 'utf8').catch(() => null);
      if (onDisk !== content) {
        stale++;
        console.error(`templates/${name} 已过期或缺失：请运行 npm run templates 重新生成`);
      }
    } else {
      await mkdir(dir, { recursive: true });
      await writeFile(file, content);
      console.log(`已写入 templates/${name}（${Buffer.byteLength(content)} 字节）`);
    }
  }
  if (check && !stale) console.log('templates/ 与默认语料的推导结果一致');
  return stale ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('生成模板失败：', e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
