// recoupe's version, for the dossier's `tool`, and the fingerprint of everything that shapes an analysis.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fingerprintCode } from '../ingest/index.js';

/** Version of recoupe, from its package.json. */
export const RECOUPE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Fingerprint of the analysis: every source file of recoupe (src/ or dist/, whichever runs) and its knowledge in
 * data/. A stored analysis made by other code or other knowledge is never reused. Computed once, when first asked.
 */
export function analysisVersion(): string {
  cachedVersion ??= fingerprintCode([fileURLToPath(new URL('..', import.meta.url)), fileURLToPath(new URL('../../data', import.meta.url))]);
  return cachedVersion;
}
let cachedVersion: string | undefined;
