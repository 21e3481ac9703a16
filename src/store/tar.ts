// The few parts of the tar format (POSIX ustar) the store template needs: folders and regular files, names of at most
// 100 bytes, no links. `tar tf` lists what packTar writes. unpackTar checks every header's checksum and refuses
// names that would leave the target folder, so a damaged template fails instead of making a damaged database.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const blockBytes = 512;

/** One entry of an archive: a folder, or a file with its bytes; `name` uses "/" whatever the platform. */
export type TarEntry =
  | { readonly kind: 'folder'; readonly name: string }
  | { readonly kind: 'file'; readonly name: string; readonly data: Uint8Array };

/** The entries under `dir`, folders before their contents, in name order (so an archive is reproducible). */
export function readTree(dir: string, prefix = ''): TarEntry[] {
  const entries: TarEntry[] = [];
  const names = readdirSync(dir).sort();
  for (const name of names) {
    const path = join(dir, name);
    const entryName = prefix + name;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      entries.push({ kind: 'folder', name: entryName });
      entries.push(...readTree(path, `${entryName}/`));
    } else if (stat.isFile()) {
      entries.push({ kind: 'file', name: entryName, data: readFileSync(path) });
    }
  }
  return entries;
}

/** A tar archive of `entries`; times are 0 and owners empty, so the same entries always give the same bytes. */
export function packTar(entries: readonly TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const size = entry.kind === 'file' ? entry.data.length : 0;
    blocks.push(header(entry.kind === 'folder' ? `${entry.name}/` : entry.name, entry.kind, size));
    if (entry.kind === 'file') {
      blocks.push(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.length));
      const padding = (blockBytes - (size % blockBytes)) % blockBytes;
      if (padding > 0) blocks.push(Buffer.alloc(padding));
    }
  }
  blocks.push(Buffer.alloc(2 * blockBytes)); // the end: two empty blocks
  return Buffer.concat(blocks);
}

/** The entries of a tar archive written by packTar; throws `tar: ...` on anything else or on damage. */
export function unpackTar(archive: Uint8Array): TarEntry[] {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.length);
  const entries: TarEntry[] = [];
  let offset = 0;
  for (;;) {
    if (offset + blockBytes > bytes.length) throw new Error('tar: the archive ends without its end blocks');
    const block = bytes.subarray(offset, offset + blockBytes);
    if (block.every((b) => b === 0)) return entries;
    if (checksum(block) !== readOctal(block, 148, 8)) throw new Error(`tar: bad header checksum at byte ${offset}`);
    const name = readString(block, 0, 100).replace(/\/$/, '');
    checkName(name);
    const type = String.fromCharCode(block[156] ?? 0);
    const size = readOctal(block, 124, 12);
    offset += blockBytes;
    if (type === '5') {
      entries.push({ kind: 'folder', name });
    } else if (type === '0' || type === '\0') {
      if (offset + size > bytes.length) throw new Error(`tar: ${name} is cut short`);
      entries.push({ kind: 'file', name, data: bytes.subarray(offset, offset + size) });
      offset += Math.ceil(size / blockBytes) * blockBytes;
    } else {
      throw new Error(`tar: ${name} has type "${type}"; only folders and regular files are expected`);
    }
  }
}

/** Writes `entries` under `dir` (which must exist), folders before their contents as readTree lists them. */
export function writeTree(entries: readonly TarEntry[], dir: string): void {
  for (const entry of entries) {
    const path = join(dir, ...entry.name.split('/'));
    if (entry.kind === 'folder') mkdirSync(path, { recursive: true, mode: 0o700 });
    else writeFileSync(path, entry.data, { mode: 0o600 });
  }
}

function header(name: string, kind: TarEntry['kind'], size: number): Buffer {
  const block = Buffer.alloc(blockBytes);
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: the name ${name} is longer than 100 bytes`);
  block.write(name, 0, 100, 'utf8');
  writeOctal(block, 100, 8, kind === 'folder' ? 0o700 : 0o600);
  writeOctal(block, 108, 8, 0); // uid
  writeOctal(block, 116, 8, 0); // gid
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, 0); // mtime
  block.write(kind === 'folder' ? '5' : '0', 156, 1, 'latin1');
  block.write('ustar\u000000', 257, 8, 'latin1');
  block.write(`${checksum(block).toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'latin1');
  return block;
}

// The sum of the header's bytes, its checksum field counted as eight spaces.
function checksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < blockBytes; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum;
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'latin1');
}

function readOctal(block: Buffer, offset: number, length: number): number {
  const text = readString(block, offset, length).trim();
  if (!/^[0-7]*$/.test(text)) throw new Error(`tar: "${text}" is not an octal number`);
  return text === '' ? 0 : parseInt(text, 8);
}

function readString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

// "base/5/1259" is fine; "/etc/x", "../x", "a/../../x", "C:x" and "a\x" are not.
function checkName(name: string): void {
  const parts = name.split('/');
  if (/[\\:\u0000]/.test(name) || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`tar: refused the entry name "${name}"`);
  }
}
