#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm install` through the "prepare" script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('recoupe: the compiled code is missing (dist/). Run `npm install` or `npm run build` in the recoupe folder.');
  process.exit(2);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
