// Files and folders given by the user -> the list of input files, recursively. Only what the user named is read:
// links inside a folder are followed only while they stay inside it, system folders and special files are refused,
// files that are not articles are passed over with the reason. The rule is in docs/design.md ("Inputs").
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isInside, isSystemPath } from '../core/paths.js';
import type { Rejection } from '../core/types.js';

/** An input file found on disk. */
export interface InputFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Last change of the file's inode (content, permissions, owner): a chmod makes a stored result stale. */
  readonly ctimeMs: number;
  /** Permission bits (e.g. 0o644). */
  readonly mode: number;
}

/** A file inside a folder that is not read, with why. */
export interface PassedOver {
  readonly path: string;
  readonly reason: string;
}

/** What walking the inputs found: files to read, paths refused, and files passed over in folders. */
export interface WalkResult {
  readonly files: InputFile[];
  readonly rejected: Rejection[];
  /** Files inside folders that are not articles (images, PDFs, binaries, project files): not read, not an error. */
  readonly skipped: PassedOver[];
}

/** How far walking may go. */
export interface WalkOptions {
  /** Follow links inside a folder that lead outside it (default false: they are refused with the reason). */
  readonly followOutside?: boolean;
  /** Paths never read as inputs (the dossier being written, the store's folder). */
  readonly exclude?: readonly string[];
}

/** File extensions read when walking a folder (a file named explicitly is always tried). */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom',
]);

/** A folder's own notes and a software project's manifests are not articles; named explicitly, they are read. */
const PROJECT_FILES =
  /^(readme|license|licence|changelog|copying|notice|authors|contributing|package(-lock)?\.json|tsconfig(\.[\w-]+)?\.json|composer\.(json|lock)|manifest\.json|npm-shrinkwrap\.json)(\.[a-z]+)*$/i;

/** Bytes read from a file with no extension to tell text from binary. */
const SNIFF_BYTES = 4096;

/** Lists the input files under the given paths, sorted, each once. */
export async function walkInputs(inputs: readonly string[], options: WalkOptions = {}): Promise<WalkResult> {
  const files = new Map<string, InputFile>();
  const realFiles = new Map<string, string>();
  const rejected: Rejection[] = [];
  const skipped: PassedOver[] = [];
  const seenDirs = new Map<string, string>();
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));

  async function visit(path: string, root: string | null): Promise<void> {
    if (exclude.has(path)) return;
    const explicit = root === null;
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      rejected.push(statRejection(path, error as NodeJS.ErrnoException, await isLink(path)));
      return;
    }
    if (exclude.has(real)) return;
    if (isSystemPath(real)) {
      rejected.push({ path, code: 'system-path', reason: `${real} is kernel state or a device, not an article; not read` });
      return;
    }
    if (root !== null && real !== path && !isInside(real, root) && !options.followOutside) {
      rejected.push({
        path,
        code: 'link-outside',
        reason: `a symbolic link to ${real}, outside the folder you gave (${root}); not followed (name it, or use --follow-links)`,
      });
      return;
    }
    let info;
    try {
      info = await stat(real);
    } catch (error) {
      rejected.push(statRejection(path, error as NodeJS.ErrnoException, false));
      return;
    }
    if (info.isDirectory()) {
      const seen = seenDirs.get(real);
      if (seen !== undefined) {
        if (!(await isLink(path))) return;
        if (isInside(await realpath(dirname(path)), real)) {
          rejected.push({ path, code: 'symlink-loop', reason: `this link leads back to ${real}, already read; not followed` });
        } else {
          skipped.push({ path, reason: `a link to the folder ${seen}, read once` });
        }
        return;
      }
      seenDirs.set(real, path);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (error) {
        rejected.push(statRejection(path, error as NodeJS.ErrnoException, false));
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue; // .git, .recoupe, editor files
        await visit(join(path, name), root ?? real);
      }
      return;
    }
    if (!info.isFile()) {
      rejected.push({ path, code: 'not-a-file', reason: 'not a regular file (a device, socket or pipe); not read' });
      return;
    }
    if (!explicit) {
      const reason = await passOverReason(path, real);
      if (reason) {
        skipped.push({ path, reason });
        return;
      }
    }
    const first = realFiles.get(real);
    if (first !== undefined) {
      if (first === path) return;
      // The same file through a link and by its own name: read once, under its own name.
      const [kept, dropped] = path === real ? [path, first] : [first, path];
      skipped.push({ path: dropped, reason: `the same file as ${kept}, read once` });
      if (kept === first) return;
      files.delete(first);
    }
    realFiles.set(real, path);
    files.set(path, { path, size: info.size, mtimeMs: Math.floor(info.mtimeMs), ctimeMs: Math.floor(info.ctimeMs), mode: info.mode & 0o7777 });
  }

  for (const input of inputs) await visit(resolve(input), null);
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), rejected, skipped };
}

/** The extension that tells the format, looking through ".gz": "a.html.gz" -> ".html". */
export function articleExtension(path: string): string {
  const name = basename(path).toLowerCase();
  const inner = name.endsWith('.gz') ? name.slice(0, -3) : name;
  return extname(inner);
}

// Why a file found in a folder is not an article, or null when it may be one.
async function passOverReason(path: string, real: string): Promise<string | null> {
  const name = basename(path);
  if (PROJECT_FILES.test(name)) return "a folder's notes or a software project's file, not an article (name it to read it)";
  const extension = articleExtension(path);
  if (extension === '' && !name.toLowerCase().endsWith('.gz')) {
    // No extension: read only when it starts like text (a saved page, a wire dispatch), never a binary.
    return (await looksLikeText(real)) ? null : 'no extension and not text (binary content); not an article';
  }
  if (!ARTICLE_EXTENSIONS.has(extension)) return `"${extension || name}" is not an article format (read: ${[...ARTICLE_EXTENSIONS].join(' ')}, optionally .gz)`;
  if (extension === '.json' && (await isDossier(real))) return 'a dossier written by recoupe, not an article';
  return null;
}

// `recoupe analyze --out` writes `{"format": "recoupe-dossier", ...}` first: a dossier saved among the articles.
async function isDossier(path: string): Promise<boolean> {
  const head = await readHead(path, 256);
  return head !== null && /^\uFEFF?\s*\{\s*"format"\s*:\s*"recoupe-dossier"/.test(head.toString('utf8'));
}

async function readHead(path: string, bytes: number): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** True when the first bytes are text: no NUL, few control characters, and some letters. */
export async function looksLikeText(path: string): Promise<boolean> {
  const head = await readHead(path, SNIFF_BYTES);
  if (head === null) return true; // unreadable: read, so that the rejection says why
  if (head.length === 0) return true; // empty: read, and rejected as empty with its reason
  if (head[0] === 0x1f && head[1] === 0x8b) return true; // gzip: read and checked after decompression
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true; // UTF-16 BOM
  let control = 0;
  let letters = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
    if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte >= 0x80) letters++;
  }
  return control <= head.length * 0.01 && letters >= head.length * 0.2;
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

function statRejection(path: string, error: NodeJS.ErrnoException, link: boolean): Rejection {
  switch (error.code) {
    case 'ELOOP':
      return { path, code: 'symlink-loop', reason: 'a symbolic link loop (the link points back to itself)' };
    case 'ENOENT':
      return link
        ? { path, code: 'broken-link', reason: 'a symbolic link to a file that does not exist' }
        : { path, code: 'not-found', reason: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { path, code: 'unreadable', reason: `permission denied (${error.code}); check the file's permissions` };
    default:
      return { path, code: 'unreadable', reason: errorText(error) };
  }
}

/** An error's message once: Node's own messages already start with their code ("EACCES: permission denied, ..."). */
export function errorText(error: NodeJS.ErrnoException): string {
  const message = error.message ?? String(error);
  return error.code && !message.startsWith(error.code) ? `${error.code}: ${message}` : message;
}
