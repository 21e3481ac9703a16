// `recoupe corrections export | import`: a user's corrections as a JSON file they can keep, move to another store,
// or restore. Import adds, in the file's order, those the store does not hold yet (same kind and payload), so running
// it twice, or after an interrupted run, adds nothing twice.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { isEntityCorrection, parseEntityCorrection } from '../language/index.js';
import type { Correction, Store, StoredCorrection } from '../store/index.js';
import { UsageError } from './errors.js';
import type { Io } from './main.js';
import { writeOutput } from './output.js';
import { withStore } from './with-store.js';

const DB_HELP = 'store: a data folder (default .recoupe/) or a postgres:// URL (default: $RECOUPE_DATABASE_URL)';

/** The `format` of an export file, and the newest version this recoupe reads. */
export const CORRECTIONS_FORMAT = 'recoupe-corrections';
export const CORRECTIONS_VERSION = 1;

/** One correction in an export file. */
export interface ExportedCorrection extends Correction {
  /** When it was made in the store it comes from (ISO 8601); an import gives it the time of the import. */
  readonly createdAt?: string;
}

/** An export file. */
export interface CorrectionsFile {
  readonly format: typeof CORRECTIONS_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly corrections: readonly ExportedCorrection[];
}

/** Adds the `corrections` command group to the program. */
export function addCorrectionsCommands(program: Command, io: Io): void {
  const corrections = program
    .command('corrections')
    .description("export the store's corrections to a JSON file, or import them from one (to keep them, or move them)");

  corrections
    .command('export')
    .description('write every correction (kind, payload, createdAt), in the order they apply, as JSON')
    .option('-o, --out <file>', 'where to write them; "-" for standard output', '-')
    .option('--db <dir-or-url>', DB_HELP)
    .action(async (opts: { out: string; db?: string }) => {
      await withStore(opts.db, async (store) => {
        const stored = await store.listCorrections();
        await writeOutput(opts.out, `${JSON.stringify(toCorrectionsFile(stored, new Date()), null, 1)}\n`, io.out);
        if (opts.out !== '-') io.err(`recoupe: ${plural(stored.length)} written to ${opts.out}\n`);
      });
    });

  corrections
    .command('import <file>')
    .description('add the corrections of a file written by `corrections export` that the store does not hold yet')
    .option('--db <dir-or-url>', DB_HELP)
    .action(async (file: string, opts: { db?: string }) => {
      const wanted = parseCorrectionsFile(await readText(file), file);
      await withStore(opts.db, async (store) => {
        const { added, skipped } = await importCorrections(store, wanted);
        const ids = added.length === 0 ? '' : ` (#${added[0]?.id}${added.length > 1 ? ` to #${added.at(-1)?.id}` : ''})`;
        io.out(`${plural(added.length)} added${ids}, ${skipped} skipped (already in the store)\n`);
      });
    });
}

/** The export file for these stored corrections. */
export function toCorrectionsFile(stored: readonly StoredCorrection[], exportedAt: Date): CorrectionsFile {
  return {
    format: CORRECTIONS_FORMAT,
    version: CORRECTIONS_VERSION,
    exportedAt: exportedAt.toISOString(),
    corrections: stored.map((c) => ({ kind: c.kind, payload: c.payload, createdAt: c.createdAt })),
  };
}

/**
 * The corrections of an export file (or of a bare array of {kind, payload}, as `entities corrections --json` prints);
 * throws a UsageError naming the file and the item when any of it is invalid, so nothing of a bad file is imported.
 */
export function parseCorrectionsFile(text: string, name: string): ExportedCorrection[] {
  const refuse = (why: string): never => {
    throw new UsageError(`corrections import: ${name} ${why}; give a file written by \`recoupe corrections export\``);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(`is not JSON (${(error as Error).message})`);
  }
  let items: unknown;
  if (Array.isArray(value)) {
    items = value;
  } else if (isObject(value)) {
    if (value['format'] !== CORRECTIONS_FORMAT) refuse(`is not a corrections file (its "format" is not "${CORRECTIONS_FORMAT}")`);
    const version = value['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) refuse('has no valid "version"');
    if ((version as number) > CORRECTIONS_VERSION) {
      refuse(`is version ${version as number}, newer than this recoupe reads (${CORRECTIONS_VERSION}); upgrade recoupe`);
    }
    items = value['corrections'];
    if (!Array.isArray(items)) refuse('has no "corrections" array');
  } else {
    refuse(`holds neither {"format": "${CORRECTIONS_FORMAT}", "corrections": [...]} nor an array`);
  }
  return (items as unknown[]).map((item, index) => {
    const at = `item ${index + 1}`;
    if (!isObject(item)) return refuse(`${at}: a correction is an object {kind, payload}`);
    const { kind, payload, createdAt } = item;
    if (typeof kind !== 'string' || kind.trim() === '') return refuse(`${at}: "kind" must be non-empty text`);
    if (!isObject(payload)) return refuse(`${at}: "payload" must be an object`);
    if (createdAt !== undefined && typeof createdAt !== 'string') return refuse(`${at}: "createdAt" must be text`);
    const correction = { kind, payload, ...(createdAt === undefined ? {} : { createdAt }) };
    if (isEntityCorrection(correction)) {
      const parsed = parseEntityCorrection(correction);
      if (typeof parsed === 'string') refuse(`${at}: ${parsed.replace(/^corrections: /, '')}`);
    }
    return correction;
  });
}

/** Adds, in order, the corrections the store does not hold yet (same kind and payload); returns what it did. */
export async function importCorrections(
  store: Store,
  wanted: readonly Correction[],
): Promise<{ added: StoredCorrection[]; skipped: number }> {
  const present = new Set((await store.listCorrections()).map(correctionKey));
  const added: StoredCorrection[] = [];
  let skipped = 0;
  for (const c of wanted) {
    const key = correctionKey(c);
    if (present.has(key)) {
      skipped++;
      continue;
    }
    present.add(key); // a correction twice in the file is added once
    added.push(await store.addCorrection({ kind: c.kind, payload: c.payload }));
  }
  return { added, skipped };
}

/** What makes two corrections the same: kind and payload, whatever the order of the payload's keys. */
export function correctionKey(c: Correction): string {
  return JSON.stringify([c.kind, canonical(c.payload)]);
}

// The value with every object's keys sorted (jsonb gives keys back in its own order).
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical(value[k])]),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`corrections import: cannot read ${file} (${code}); give the path of an export file`, { cause: error });
  }
}

const plural = (n: number): string => `${n} correction${n === 1 ? '' : 's'}`;
