// Runs the whole pipeline on texts held in memory (tests, programs embedding recoupe): a temporary folder and store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier } from '../core/dossier.js';
import { analyze } from './analyze.js';
import { openStore } from '../store/index.js';

/** Writes the files (name -> text), analyses them, removes the folder, and returns the dossier. */
export async function analyzeTexts(files: Readonly<Record<string, string>>): Promise<Dossier> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-texts-'));
  try {
    mkdirSync(join(dir, 'in'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'in', name), text);
    const store = await openStore({ backend: 'embedded', dir: join(dir, 'db') });
    try {
      return (await analyze({ inputs: [join(dir, 'in')], store })).dossier;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
