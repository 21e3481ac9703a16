// The command line, end to end: exit codes, the dossier on the demo corpus, extract and show.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCaptured } from '../src/cli/main.js';
import { assertOffsetsConsistent, assertValidDossier } from './helpers/schema.js';

const root = new URL('..', import.meta.url).pathname;
const examples = join(root, 'examples');
const tmp = mkdtempSync(join(tmpdir(), 'recoupe-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCaptured(argv);

describe('recoupe analyze on the demo corpus', () => {
  const out = join(tmp, 'demo.json');
  const db = join(tmp, 'db');
  let dossier: any;

  it('writes a dossier that matches the schema, exit 0', async () => {
    const r = await cli('analyze', examples, '--out', out, '--db', db);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /14 files, 14 articles \(14 read, 0 unchanged since the last run\), 0 rejected/);
    dossier = JSON.parse(readFileSync(out, 'utf8'));
    assertValidDossier(dossier);
    assertOffsetsConsistent(dossier);
    for (const key of ['entities', 'claims', 'clusters', 'timeline']) assert.ok(Array.isArray(dossier[key]));
  });

  it('reads nothing again on a rerun and adds nothing to the store', async () => {
    const r = await cli('analyze', examples, '--out', join(tmp, 'again.json'), '--db', db, '--quiet');
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const again = JSON.parse(readFileSync(join(tmp, 'again.json'), 'utf8'));
    assert.deepEqual(again.articles.map((a: any) => a.id), dossier.articles.map((a: any) => a.id));
  });

  it('says what a rerun with one more article took from the store', async () => {
    const extra = join(tmp, 'extra.txt');
    writeFileSync(extra, 'Un dépôt de carburant a brûlé\n\nUn dépôt de carburant a brûlé mardi près du port, selon les pompiers, qui disent avoir maîtrisé le feu dans la nuit.\n');
    const r = await cli('analyze', examples, extra, '--out', join(tmp, 'more.json'), '--db', db);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /15 files, 15 articles \(1 read, 14 unchanged since the last run; \d+ of 60 per-article results reused\)/);
  });

  it('marks the exact copy, the near copy and the republication', () => {
    const by = (name: string) => dossier.articles.find((a: any) => a.source.path.endsWith(name));
    assert.equal(by('13-nato-decisive-enabler-copy.txt').duplicateOf, by('13-nato-decisive-enabler.txt').id);
    assert.equal(by('13-nato-decisive-enabler-copy.txt').similarity, 1);
    assert.equal(by('09-what-customs-data-reveal.txt').duplicateOf, by('08-customs-records-xi-moscow.txt').id);
    assert.equal(by('02-republication-drones-kamikazes.txt').duplicateOf, by('01-depeche-kupol-garpiya-3.txt').id);
    assert.ok(by('02-republication-drones-kamikazes.txt').sharedPassages.length > 0);
  });

  it('reads Windows-1252 French with its accents and typographic apostrophes', () => {
    const a = dossier.articles.find((x: any) => x.source.path.endsWith('02-republication-drones-kamikazes.txt'));
    assert.equal(a.encoding, 'windows-1252');
    assert.ok(a.text.includes('drone d’attaque'));
    assert.ok(!/[\u0080-\u009f]/.test(a.text));
  });
});

describe('recoupe exit codes', () => {
  it('exits 2 on a usage error', async () => {
    assert.equal((await cli('analyze')).code, 2);
    assert.equal((await cli('frobnicate')).code, 2);
    assert.equal((await cli('analyze', examples, '--out', join(tmp, 'x.json'), '--max-bytes', 'lots')).code, 2);
  });
  it('exits 1 and lists the rejected inputs, having processed the rest', async () => {
    const dir = join(tmp, 'mixed');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'ok.txt'), 'Un titre\n\nUn corps d’article assez long pour être lu comme tel par recoupe.');
    const r = await cli('analyze', dir, '--out', join(tmp, 'mixed.json'), '--db', join(tmp, 'db-mixed'));
    assert.equal(r.code, 1);
    assert.match(r.err, /empty\.txt: empty: the file is empty/);
    assert.equal(JSON.parse(readFileSync(join(tmp, 'mixed.json'), 'utf8')).articles.length, 1);
  });
});

describe('recoupe extract and show', () => {
  it('extract --json prints one entry per file, keyed by the name without extensions', async () => {
    const r = await cli('extract', join(examples, '07-kupol-g3-attack-drone.html'), join(examples, '01-depeche-kupol-garpiya-3.txt'), '--json');
    assert.equal(r.code, 0);
    const out = JSON.parse(r.out);
    assert.deepEqual(Object.keys(out).sort(), ['01-depeche-kupol-garpiya-3', '07-kupol-g3-attack-drone']);
    assert.equal(out['07-kupol-g3-attack-drone'].published, '2024-09-25');
    assert.equal(out['07-kupol-g3-attack-drone'].language, 'en');
    assert.equal(out['01-depeche-kupol-garpiya-3'].published, '2024-09-26');
    assert.equal(out['01-depeche-kupol-garpiya-3'].language, 'fr');
    assert.ok(out['01-depeche-kupol-garpiya-3'].articleBody.length > 500);
  });
  it('show prints the clean text beside what was removed', async () => {
    const r = await cli('show', join(examples, '02-republication-drones-kamikazes.txt'));
    assert.equal(r.code, 0);
    assert.match(r.out, /## Clean text/);
    assert.match(r.out, /\[comment-chrome · comment-count\] 3 Commentaires/);
    assert.match(r.out, /## Reader comments \(3\)/);
    assert.match(r.out, /- Gérard du Lot: /);
  });
});

describe('the installed command', () => {
  it('npx recoupe --help works through bin/recoupe.js and the compiled code', () => {
    if (!existsSync(join(root, 'dist/cli/main.js'))) {
      const b = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    }
    const r = spawnSync(process.execPath, [join(root, 'bin/recoupe.js'), '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /analyze \[options\] <inputs\.\.\.>/);
    assert.match(r.stdout, /extract/);
  });
});
