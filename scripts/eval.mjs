#!/usr/bin/env node
// `npm run eval`: runs recoupe on the shared evaluation corpora (../shared) and prints each scorer's figures.
// Skips with a message when ../shared is absent. Usage: npm run eval [-- seeds extraction]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const evalDir = join(shared, 'eval');
if (!existsSync(evalDir)) {
  console.log(`eval: skipped: ${shared} is absent (the shared evaluation corpora are not on this machine)`);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'recoupe-eval-'));
const recoupe = join(root, 'bin', 'recoupe.js');
const wanted = process.argv.slice(2);
const want = (name) => wanted.length === 0 || wanted.includes(name);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`eval: ${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  }
  return r;
}

const SUITES = [
  {
    name: 'seeds',
    title: 'seeds-dev (score.mjs)',
    run() {
      const out = join(tmp, 'seeds.json');
      run(process.execPath, [recoupe, 'analyze', join(shared, 'corpus/seeds-dev'), '--out', out, '--db', join(tmp, 'db-seeds'), '--quiet']);
      return run(process.execPath, [join(evalDir, 'score.mjs'), join(evalDir, 'seeds-dev.gold.json'), out]).stdout.split('\n\n')[0];
    },
  },
  {
    name: 'extraction',
    title: 'article-extraction-benchmark (extraction-score.mjs)',
    run() {
      const html = join(shared, 'data/article-extraction-benchmark/html');
      // The benchmark's pages are .html.gz; recoupe reads them as they are.
      const r = run(process.execPath, [recoupe, 'extract', html, '--json']);
      const pred = join(tmp, 'pred.json');
      writeFileSync(pred, r.stdout);
      return run(process.execPath, [join(evalDir, 'extraction-score.mjs'), pred]).stdout.trim();
    },
  },
];

for (const suite of SUITES) {
  if (!want(suite.name)) continue;
  const t0 = Date.now();
  const text = suite.run();
  console.log(`\n== ${suite.title} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n${text}`);
}
