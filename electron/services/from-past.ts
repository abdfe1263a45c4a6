/**
 * 以往年材料为底稿 as the hosts serve it: the past document (one of the archive's, or a .docx/.txt the user
 * picked for the purpose) read by the corpus engine, then core/draft/from-past.ts makes the draft. A document
 * that cannot be read answers `ok: false` with the reason in Chinese, like opening a draft does.
 */
import type { DraftFromPastResult, FileBlob, FromPastRequest, PastSource } from '../api';
import type { CorpusDocument } from '../core/corpus/types';
import { draftFromPast } from '../core/draft/from-past';
import { analyseFile } from './archive/derive';
import type { CorpusService } from './corpus-service';
import { UserError } from './user-error';

export async function draftFromPastSource(corpus: CorpusService, source: PastSource, opts: FromPastRequest = {}): Promise<DraftFromPastResult> {
  try {
    const notes: string[] = [];
    const doc = 'docId' in source ? await corpus.pastDocument(source.docId) : await pickedDocument(source.file, notes);
    const { draft, summary } = draftFromPast(doc, { targetYear: opts.targetYear ?? undefined, scaffold: opts.scaffold ?? undefined });
    summary.notes.unshift(...notes);
    return { ok: true, draft, summary };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, error: e.message, code: e.code };
    throw e;
  }
}

/** A file picked for the purpose, read as an import would read it; of several documents (第N篇), the first. */
async function pickedDocument(file: FileBlob, notes: string[]): Promise<CorpusDocument> {
  const { docs, issues } = await analyseFile(file.name, file.bytes);
  if (!docs.length) {
    const why = issues.find((i) => i.severity === 'error')?.message ?? '文件中没有可识别的正文';
    throw new UserError(`无法以《${file.name}》为底稿：${why}`, 'INVALID_FILE');
  }
  if (docs.length > 1) notes.push(`文件中有 ${docs.length} 篇文档，已采用第 1 篇《${docs[0].declaredTitle}》。`);
  return docs[0];
}
