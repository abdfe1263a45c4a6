/**
 * One ingest run in its own process, so its peak memory (maxRSS) is its own: read a folder, import
 * and analyse every file, then derive skeletons, phrases and sections. Prints one JSON line.
 */
import { readInputFiles } from '../electron/services/corpus-files';
import { importFiles } from '../electron/core/corpus/import';
import { deriveSkeletons } from '../electron/core/corpus/skeletons';
import { extractPhrases } from '../electron/core/corpus/phrases';
import { extractSections } from '../electron/core/corpus/sections';

async function main(): Promise<void> {
const dir = process.argv[2];
const t0 = performance.now();
const read = await readInputFiles([dir]);
const bytes = read.files.reduce((n, f) => n + f.bytes.byteLength, 0);
const t1 = performance.now();
const corpus = await importFiles(read.files);
const t2 = performance.now();
const skeletons = deriveSkeletons(corpus);
const phrases = extractPhrases(corpus);
const sections = extractSections(corpus);
const t3 = performance.now();
console.log(
  JSON.stringify({
    files: read.files.length,
    bytes,
    documents: corpus.documents.length,
    issues: corpus.issues.filter((i) => i.severity === 'error').length,
    skeletons: skeletons.length,
    phrases: phrases.length,
    sections: sections.length,
    readMs: t1 - t0,
    importMs: t2 - t1,
    deriveMs: t3 - t2,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
}

void main();
