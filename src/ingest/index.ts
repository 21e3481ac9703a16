// The ingest stage: bytes on disk -> clean articles with their boilerplate kept aside.
export { walkInputs, articleExtension, errorText, ARTICLE_EXTENSIONS, type InputFile, type PassedOver, type WalkOptions, type WalkResult } from './walk.js';
export { fingerprintCode, INGEST_VERSION, ingestKey } from './version.js';
export { loadFile, detectFormat, DEFAULT_MAX_BYTES, type RawDoc, type LoadResult, type LoadOptions } from './load.js';
export { decodeBytes, type Decoded } from './decode.js';
export { buildArticle, contentId, type DocOrigin } from './build-article.js';
export { cleanText, type CleanText } from './text/clean-text.js';
export { parseDate, dateFromUrl, type PartialDate } from './metadata/published.js';
export { findDuplicates, type DuplicateInput, type DuplicateResult } from './duplicates/index.js';
