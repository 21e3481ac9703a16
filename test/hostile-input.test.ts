// Hostile and unusual inputs (issue 8): only what the user gave is read, every per-file step is bounded, one bad file
// never stops a batch, stored results expire when what shaped them changes, and a bad --out fails before any work.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../src/core/types.js';
import { describeFailure } from '../src/cli/errors.js';
import { runCaptured } from '../src/cli/main.js';
import { analyze, isFresh } from '../src/pipeline/analyze.js';
import { buildDossier } from '../src/pipeline/build-dossier.js';
import { openStore, type Store } from '../src/store/index.js';
import { assertValidDossier } from './helpers/schema.js';

const story = (n: number): string =>
  `Le ministère de la Défense a confirmé mardi la livraison de ${n} véhicules blindés à la frontière orientale. ` +
  `Selon le porte-parole, les convois sont arrivés dans la nuit et les opérations de déchargement se poursuivent. ` +
  `Aucun incident n'a été signalé par les autorités locales, qui suivent la situation de près.`;

// 100,000 levels of nesting: JSON.parse reads it, a recursive reader of its fields would overflow the stack.
const deepJson = (depth: number): string => `{"title": "Profond", "text": ${'{"text": '.repeat(depth)}"fond"${'}'.repeat(depth)}}`;

const feed = (items: number): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>${Array.from(
    { length: items },
    (_, i) => `<item><title>Dépêche ${i}</title><description>${story(12)} Mise à jour numéro ${i}.</description></item>`,
  ).join('')}</channel></rss>`;

describe('hostile input', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recoupe-hostile-'));
    store = await openStore({ backend: 'embedded', dir: join(dir, 'db') });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads only what the user gave, bounds every file, and finishes the batch with a dossier', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-good.txt'), `Un titre\n\n${story(40)}\n`);
    symlinkSync('/etc/passwd', join(inputs, 'passwd'));
    symlinkSync('/etc', join(inputs, 'etc'));
    writeFileSync(join(inputs, 'deep.json'), deepJson(100_000));
    writeFileSync(join(inputs, 'crowd.rss'), feed(300)); // 300 near-identical items: one LSH bucket of 300
    writeFileSync(join(inputs, 'package.json'), '{"name": "x", "description": "A package description long enough to read as a body."}');
    writeFileSync(join(inputs, 'blob'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    writeFileSync(join(inputs, 'evil\n\u001b[31mname\u202e.txt'), `Un autre titre\n\n${story(7)}\n`);
    execFileSync('mkfifo', [join(inputs, 'pipe.txt')]);

    const result = await analyze({ inputs: [inputs], store });
    assertValidDossier(result.dossier);
    const codes = Object.fromEntries(result.rejected.map((r) => [r.path.slice(inputs.length + 1), r.code]));
    assert.deepEqual(codes, { 'deep.json': 'no-article', etc: 'link-outside', passwd: 'link-outside', 'pipe.txt': 'not-a-file' });
    const json = JSON.stringify(result.dossier);
    assert.ok(!json.includes('root:x:0:0') && !json.includes('/etc/shadow'), 'nothing of /etc reaches the dossier');
    const passed = Object.fromEntries((result.dossier.inputs.passedOver ?? []).map((p) => [p.path.slice(inputs.length + 1), p.reason]));
    assert.deepEqual(Object.keys(passed).sort(), ['blob', 'package.json']);
    assert.equal(result.dossier.articles.filter((a) => a.source.path.endsWith('crowd.rss')).length, 300);
    const copies = result.dossier.articles.filter((a) => a.source.path.endsWith('crowd.rss') && a.duplicateOf !== null);
    assert.ok(copies.length >= 290, `near-identical items are still marked as copies (${copies.length})`);
    assert.ok(result.dossier.inputs.notes?.some((n) => /near-identical/.test(n.note)), 'the crowd is noted');
    assert.ok(result.dossier.articles.some((a) => a.source.path.includes('\u001b[31m')), 'an odd file name is read; the CLI escapes it when printing');
  });

  it('caps the items read from one feed with a note, and reports records without text as notes', async () => {
    const inputs = join(dir, 'records');
    mkdirSync(inputs);
    const records = [{ title: 'Vide' }, { title: 'Plein', text: story(3) }];
    writeFileSync(join(inputs, 'mixed.json'), JSON.stringify(records));
    const result = await analyze({ inputs: [inputs], store });
    assert.equal(result.dossier.articles.length, 1);
    assert.deepEqual(result.dossier.inputs.notes?.map((n) => n.note), ['item 0: no text field (looked for articleBody, text, body, content, maintext...)']);
  });

  it('makes a stored result stale when the options, the permissions or the content change, not otherwise', async () => {
    const inputs = join(dir, 'stale');
    mkdirSync(inputs);
    const big = join(inputs, 'big.txt');
    writeFileSync(big, `Un titre\n\n${story(1).repeat(40)}\n`); // about 11 KB
    const small = await analyze({ inputs: [inputs], store, maxBytes: 4096 });
    assert.deepEqual(small.rejected.map((r) => r.code), ['too-large']);
    const larger = await analyze({ inputs: [inputs], store, maxBytes: 1 << 20 });
    assert.deepEqual([larger.rejected.length, larger.stats.read], [0, 1], 'a larger --max-bytes reads the file again');
    const again = await analyze({ inputs: [inputs], store, maxBytes: 1 << 20 });
    assert.deepEqual([again.stats.read, again.stats.reused], [0, 1], 'nothing changed: reused');
    assert.deepEqual([larger.stats.analysisReused, again.stats.analysisReused], [false, true], 'the same articles, corrections and code: the analysis is reused');
    assert.deepEqual(again.dossier.claims, larger.dossier.claims);
    await store.addCorrection({ kind: 'not-entity', payload: { text: 'Défense' } });
    const corrected = await analyze({ inputs: [inputs], store, maxBytes: 1 << 20 });
    assert.equal(corrected.stats.analysisReused, false, 'a new correction: analysed again');

    const denied = async (path: string): Promise<Uint8Array> => {
      if (path === big) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return readFileSync(path);
    };
    chmodSync(big, 0o000);
    writeFileSync(big, `Un titre\n\n${story(2).repeat(40)}\n`);
    const locked = await analyze({ inputs: [inputs], store, maxBytes: 1 << 20, readBytes: denied });
    assert.deepEqual(locked.rejected.map((r) => r.code), ['unreadable']);
    assert.match(locked.rejected[0]!.reason, /^cannot read the file \(EACCES: permission denied/);
    assert.doesNotMatch(locked.rejected[0]!.reason, /EACCES: EACCES/);
    chmodSync(big, 0o644);
    const unlocked = await analyze({ inputs: [inputs], store, maxBytes: 1 << 20 });
    assert.deepEqual([unlocked.rejected.length, unlocked.stats.read], [0, 1], 'after a chmod the file is read again');
    assert.ok(unlocked.dossier.articles[0]!.text.includes('livraison de 2 véhicules'));
  });

  it('isFresh needs the same stamp and the same analysis key', () => {
    const file = { path: '/x.txt', size: 10, mtimeMs: 5, ctimeMs: 6, mode: 0o644 };
    const known = { ...file, analysis: 'k1', sha256: 'ab', articleIds: [], rejection: null, notes: [] };
    const rows: [string, Partial<typeof file>, string, boolean][] = [
      ['unchanged', {}, 'k1', true],
      ['another recoupe or other options', {}, 'k2', false],
      ['content rewritten in place (ctime moves)', { ctimeMs: 7 }, 'k1', false],
      ['chmod', { mode: 0o600 }, 'k1', false],
      ['size', { size: 11 }, 'k1', false],
      ['mtime', { mtimeMs: 9 }, 'k1', false],
    ];
    for (const [name, change, key, fresh] of rows) assert.equal(isFresh(known, { ...file, ...change }, key), fresh, name);
  });

  it('one article that makes the analysis throw is rejected by name; the others are analysed', () => {
    const article = (id: string, path: string) => ({ id, source: { path, item: null } }) as unknown as Article;
    const articles = [article('a_1', '/in/ok.txt'), article('a_2', '/in/poison.txt'), article('a_3', '/in/ok2.txt')];
    const run = (list: readonly Article[]) => {
      if (list.some((a) => a.id === 'a_2')) throw new RangeError('Invalid array length');
      return { articles: [...list] };
    };
    const result = buildDossier(articles, [], { run });
    assert.deepEqual(result.articles.map((a) => a.id), ['a_1', 'a_3']);
    assert.deepEqual(result.rejected.map((r) => [r.path, r.code]), [['/in/poison.txt', 'internal-error']]);
    assert.match(result.rejected[0]!.reason, /Invalid array length/);
  });

  it('refuses a bad --out before any work, creates nothing, leaves no temporary file', async () => {
    const inputs = join(dir, 'out-cases');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.txt'), `Un titre\n\n${story(3)}\n`);
    const db = join(dir, 'never-created');
    const folder = await runCaptured(['analyze', inputs, '--out', inputs, '--db', db, '--quiet']);
    assert.equal(folder.code, 2);
    assert.match(folder.err, /is a folder; give a file name/);
    const proc = await runCaptured(['analyze', inputs, '--out', '/proc/x/y.json', '--db', db, '--quiet']);
    assert.equal(proc.code, 2);
    assert.match(proc.err, /system folder/);
    assert.ok(!existsSync(db), 'no store was created');
    assert.deepEqual(readdirSync(inputs), ['a.txt'], 'no .tmp left behind');
    const missing = await runCaptured(['analyze', join(dir, 'no-such-file.txt'), '--out', join(dir, 'missing.json'), '--db', db, '--quiet']);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no-such-file\.txt: not-found/);
    assert.ok(!existsSync(db), 'nothing to read: no store created');
    assert.equal((JSON.parse(readFileSync(join(dir, 'missing.json'), 'utf8')) as { inputs: { rejected: unknown[] } }).inputs.rejected.length, 1);
  });

  it('never reads back its own dossier written inside the input folder', async () => {
    const inputs = join(dir, 'self');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.txt'), `Un titre\n\n${story(4)}\n`);
    const db = join(dir, 'self-db');
    const out = join(inputs, 'dossier.json');
    assert.equal((await runCaptured(['analyze', inputs, '--out', out, '--db', db, '--quiet'])).code, 0);
    writeFileSync(join(inputs, 'copy-of-dossier.json'), readFileSync(out));
    const second = await runCaptured(['analyze', inputs, '--out', out, '--db', db, '--quiet']);
    assert.equal(second.code, 0, second.err);
    const dossier = JSON.parse(readFileSync(out, 'utf8')) as { articles: unknown[]; inputs: { passedOver: { path: string; reason: string }[] } };
    assert.equal(dossier.articles.length, 1);
    assert.deepEqual(dossier.inputs.passedOver.map((p) => p.reason), ['a dossier written by recoupe, not an article']);
  });
});

describe('exit codes', () => {
  const rows: [string, unknown, number, RegExp][] = [
    ['the store is in use', new Error('store: the data folder /x is in use by process 812; wait for it or use --db'), 2, /^recoupe: store: /],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), 3, /^recoupe: internal error: .*please report it/],
    ['a stage check failing', new Error('duplicates: article id "a" appears twice; ids must be unique'), 3, /internal error/],
    ['something thrown that is not an Error', 'boom', 3, /internal error: boom/],
  ];
  for (const [name, error, code, message] of rows) {
    it(`${name}: exit ${code}`, () => {
      const failure = describeFailure(error);
      assert.equal(failure.code, code);
      assert.match(failure.message, message);
    });
  }
});
