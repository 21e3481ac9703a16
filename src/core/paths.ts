// Paths recoupe never reads from or writes to, and the one test of a path being inside a folder.
import { sep } from 'node:path';

/** Pseudo-filesystems whose "files" are kernel state or devices: never an article, never a place for a dossier. */
export const SYSTEM_ROOTS: readonly string[] = ['/proc', '/sys', '/dev'];

/** True when `path` is `folder` or below it (both absolute, resolved). */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** True when an absolute path is under /proc, /sys or /dev. */
export function isSystemPath(path: string): boolean {
  return SYSTEM_ROOTS.some((root) => isInside(path, root));
}
