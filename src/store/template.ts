// The store template: a complete data directory (initdb run, schema migrated) made once at build time by
// scripts/make-store-template.mjs and kept as one tar archive, dist/store-template.tar. Creating a store then writes
// these files instead of running initdb (about 6 s of CPU). The archive holds:
//   recoupe-template.json   {format, pglite, schemaVersion}: what made it
//   pgdata/...              the data directory, shut down cleanly
// A template that is missing, damaged, made by another PGlite or for a newer schema is not used: the store is then
// made with initdb as before (embedded.ts).
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDataDir, pgliteVersion } from './pglite-setup.js';
import { schemaVersion } from './schema.js';
import { packTar, readTree, type TarEntry, unpackTar } from './tar.js';

/** Where the build puts the template: dist/store-template.tar (found from src/store/ and dist/store/ alike). */
export const defaultTemplatePath = fileURLToPath(new URL('../../dist/store-template.tar', import.meta.url));

/** What made a template. */
export interface TemplateManifest {
  readonly format: typeof templateFormat;
  readonly pglite: string;
  readonly schemaVersion: number;
}

// Changes whenever the way a template is made changes (initdb parameters, what is dropped), so old ones are remade.
const templateFormat = 'recoupe-store-template/1';
const manifestName = 'recoupe-template.json';
const dataPrefix = 'pgdata/';

/** The manifest a template made now would carry. */
export function currentManifest(): TemplateManifest {
  return { format: templateFormat, pglite: pgliteVersion(), schemaVersion };
}

/** Makes a template at `archivePath` (replacing any): a data directory made in a temporary folder, then archived. */
export async function makeTemplate(archivePath: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'recoupe-template-'));
  const partial = `${archivePath}.${process.pid}.partial`; // renamed once whole, so a reader never sees half of it
  try {
    const dataDir = join(scratch, 'pgdata');
    await makeDataDir(dataDir);
    const manifest: TarEntry = { kind: 'file', name: manifestName, data: Buffer.from(`${JSON.stringify(currentManifest())}\n`) };
    const data = readTree(dataDir, dataPrefix).filter((e) => !isRecycledWalSegment(e));
    writeFileSync(partial, packTar([manifest, { kind: 'folder', name: 'pgdata' }, ...data]));
    renameSync(partial, archivePath);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}

/** The manifest of the template at `archivePath`; null when there is none or it cannot be read. */
export function readManifest(archivePath: string): TemplateManifest | null {
  return readTemplate(archivePath)?.manifest ?? null;
}

/**
 * The data directory's entries (names relative to it) of the template at `archivePath`, if it can be used by this
 * recoupe: readable, undamaged, made by the installed PGlite, for this schema version or an older one (the newer
 * migrations then run at open). Null otherwise, with no error: the caller makes the data directory with initdb.
 */
export function readTemplateData(archivePath: string): TarEntry[] | null {
  const template = readTemplate(archivePath);
  if (template === null) return null;
  const { manifest, data } = template;
  const isUsable =
    manifest.format === templateFormat && manifest.pglite === pgliteVersion() && manifest.schemaVersion <= schemaVersion;
  return isUsable && data.length > 0 ? data : null;
}

// A WAL segment kept for reuse: an old segment renamed ahead, whose first page still gives its old position. initdb
// leaves five; PostgreSQL makes new segments when it needs them, so the template need not carry them (5 MB).
function isRecycledWalSegment(entry: TarEntry): boolean {
  const name = /^pgdata\/pg_wal\/([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/.exec(entry.name);
  if (entry.kind !== 'file' || name === null || entry.data.length < 16) return false;
  const segmentBytes = entry.data.length;
  const segmentsPerId = 0x1_0000_0000 / segmentBytes; // the name is timeline, then the position as (id, segment)
  const start = (BigInt(parseInt(name[2] as string, 16)) * BigInt(segmentsPerId) + BigInt(parseInt(name[3] as string, 16))) * BigInt(segmentBytes);
  const pageAddress = Buffer.from(entry.data.buffer, entry.data.byteOffset, 16).readBigUInt64LE(8); // xlp_pageaddr
  return pageAddress !== start;
}

function readTemplate(archivePath: string): { manifest: TemplateManifest; data: TarEntry[] } | null {
  let entries: TarEntry[];
  try {
    entries = unpackTar(readFileSync(archivePath));
  } catch {
    return null; // missing, unreadable or damaged
  }
  const [first, ...rest] = entries;
  if (first?.kind !== 'file' || first.name !== manifestName) return null;
  let manifest: TemplateManifest;
  try {
    manifest = JSON.parse(Buffer.from(first.data).toString('utf8')) as TemplateManifest;
  } catch {
    return null;
  }
  const data = rest
    .filter((e) => e.name.startsWith(dataPrefix))
    .map((e) => ({ ...e, name: e.name.slice(dataPrefix.length) }));
  return { manifest, data };
}
