// Writing results: to a file atomically (a killed run never leaves half a dossier), or to stdout with "-".
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Writes text to a path through a temporary file and a rename, or to standard output for "-". */
export async function writeOutput(path: string, text: string, stdout: (text: string) => void): Promise<void> {
  if (path === '-') {
    stdout(text);
    return;
  }
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, target);
}
