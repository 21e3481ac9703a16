// recoupe's version, for the dossier's `tool`.
import { readFileSync } from 'node:fs';

/** Version of recoupe, from its package.json. */
export const RECOUPE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
