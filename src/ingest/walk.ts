// Files and folders given by the user -> the list of input files, recursively, safe from symlink loops.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Rejection } from '../core/types.js';

/** An input file found on disk. */
export interface InputFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** What walking the inputs found: files to read, paths refused, and files passed over in folders. */
export interface WalkResult {
  readonly files: InputFile[];
  readonly rejected: Rejection[];
  /** Files inside folders whose extension is not an article format (images, PDFs...): not read, not an error. */
  readonly skipped: string[];
}

/** File extensions read when walking a folder (a file named explicitly is always tried). */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '',
]);

/** A folder's own notes (README.md, LICENSE) are not articles; named explicitly, they are read. */
const PROJECT_FILES = /^(readme|license|licence|changelog|copying|notice|authors)(\.[a-z]+)*$/i;

/** Lists the input files under the given paths, sorted, each once. */
export async function walkInputs(inputs: readonly string[]): Promise<WalkResult> {
  const files = new Map<string, InputFile>();
  const rejected: Rejection[] = [];
  const skipped: string[] = [];
  const seenDirs = new Set<string>();

  async function visit(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      rejected.push(statRejection(path, error as NodeJS.ErrnoException, await isLink(path)));
      return;
    }
    if (info.isDirectory()) {
      let real: string;
      try {
        real = await realpath(path);
      } catch (error) {
        rejected.push(statRejection(path, error as NodeJS.ErrnoException, true));
        return;
      }
      if (seenDirs.has(real)) {
        if (await isLink(path)) {
          rejected.push({ path, code: 'symlink-loop', reason: `this link leads back to ${real}, already read; not followed` });
        }
        return;
      }
      seenDirs.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (error) {
        rejected.push(statRejection(path, error as NodeJS.ErrnoException, false));
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue; // .git, .recoupe, editor files
        await visit(join(path, name), false);
      }
      return;
    }
    if (!info.isFile()) {
      rejected.push({ path, code: 'not-a-file', reason: 'not a regular file (a device, socket or pipe)' });
      return;
    }
    if (!explicit && (!ARTICLE_EXTENSIONS.has(articleExtension(path)) || PROJECT_FILES.test(basename(path)))) {
      skipped.push(path);
      return;
    }
    files.set(path, { path, size: info.size, mtimeMs: Math.floor(info.mtimeMs) });
  }

  for (const input of inputs) await visit(resolve(input), true);
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), rejected, skipped };
}

/** The extension that tells the format, looking through ".gz": "a.html.gz" -> ".html". */
export function articleExtension(path: string): string {
  const name = basename(path).toLowerCase();
  const inner = name.endsWith('.gz') ? name.slice(0, -3) : name;
  return extname(inner);
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
      return { path, code: 'unreadable', reason: `${error.code ?? 'error'}: ${error.message}` };
  }
}
