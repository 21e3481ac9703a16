// Validates dossiers against schema/dossier.schema.json in tests.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/dossier.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

/** Throws with every schema error when the dossier does not conform. */
export function assertValidDossier(dossier: unknown): void {
  if (!validate(dossier)) {
    const errors = (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`dossier does not match schema/dossier.schema.json:\n${errors.join('\n')}`);
  }
}

/** Checks every span of the dossier: text.slice(start, end) equals the item's text. */
export function assertOffsetsConsistent(dossier: { articles: { id: string; text: string; signals: { evidence: { start: number; end: number; text: string }[] }[] }[] }): void {
  for (const a of dossier.articles) {
    for (const s of a.signals) for (const e of s.evidence) {
      if (a.text.slice(e.start, e.end) !== e.text) throw new Error(`signal evidence of ${a.id} at ${e.start}-${e.end} is not "${e.text}"`);
    }
  }
}
