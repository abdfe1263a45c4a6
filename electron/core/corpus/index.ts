/** Corpus engine public API (pure: runs in Node, a worker or the renderer). Node-only file helpers are in electron/services/corpus-files.ts. */
export * from './types';
export { decodeText, MAX_FILE_BYTES, type DecodeResult } from './decode';
export { importFiles, splitDocuments, docxToText, SUPPORTED_EXTENSIONS } from './import';
export { analyzeDocument, type AnalyzeInput } from './analyze';
export { deriveSkeletons, documentOutline } from './skeletons';
export { extractPhrases } from './phrases';
export { extractSections, textToLeaves } from './sections';
export { PhraseIndex, type SearchOptions } from './phrase-index';
export { normalizeText } from './normalize';
export { placeholderize, findSpecifics, type SpecificSpan, type SpecificKind } from './specifics';
export { applyCorrections, applyCorpusCorrections, findCorrectedSection, type CorrectionResult } from './corrections';
export { templateParts } from './skeletons';
