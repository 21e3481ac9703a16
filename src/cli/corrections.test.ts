// `recoupe corrections export | import`: a round trip between two stores, an import made twice, and the files refused.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Command, CommanderError } from 'commander';
import { openStore } from '../store/index.js';
import { addCorrectionsCommands, correctionKey, parseCorrectionsFile } from './corrections.js';
import { describeFailure } from './errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'recoupe-corrections-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// The command group alone, with main.ts's handling of errors (2: usage, 3: internal).
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
  const program = new Command('recoupe').exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  addCorrectionsCommands(program, io);
  let code = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      code = error.exitCode === 0 ? 0 : 2;
    } else {
      const failure = describeFailure(error);
      err.push(`${failure.message}\n`);
      code = failure.code;
    }
  }
  return { code, out: out.join(''), err: err.join('') };
}

function write(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const made = [
  { kind: 'entity-merge', payload: { into: 'IEMZ Kupol', from: 'Koupol' } },
  { kind: 'not-entity', payload: { text: 'Selon' } },
  { kind: 'entity-type', payload: { entity: 'Kupol', type: 'org' } },
  { kind: 'verification', payload: { claim: 'c_1', verdict: 'confirmed', sources: ['a', 'b'] } }, // a kind not about entities
];

describe('recoupe corrections export | import', () => {
  const from = join(tmp, 'from');
  const to = join(tmp, 'to');
  const exported = join(tmp, 'exported.json');

  it('exports every correction, in order, to a file and to standard output', async () => {
    const store = await openStore({ backend: 'embedded', dir: from });
    try {
      for (const c of made) await store.addCorrection(c);
    } finally {
      await store.close();
    }
    const r = await cli('corrections', 'export', '--db', from, '--out', exported);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, `recoupe: 4 corrections written to ${exported}\n`);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    assert.equal(file.format, 'recoupe-corrections');
    assert.equal(file.version, 1);
    assert.deepEqual(file.corrections.map((c: { kind: string; payload: unknown }) => ({ kind: c.kind, payload: c.payload })), made);
    for (const c of file.corrections) assert.match(c.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const toStdout = await cli('corrections', 'export', '--db', from);
    assert.equal(toStdout.code, 0, toStdout.err);
    assert.deepEqual(JSON.parse(toStdout.out).corrections, file.corrections);
  });

  it('imports them into another store, then skips them all when imported again', async () => {
    const first = await cli('corrections', 'import', exported, '--db', to);
    assert.equal(first.code, 0, first.err);
    assert.equal(first.out, '4 corrections added (#1 to #4), 0 skipped (already in the store)\n');
    const again = await cli('corrections', 'import', exported, '--db', to);
    assert.equal(again.out, '0 corrections added, 4 skipped (already in the store)\n');
    const store = await openStore({ backend: 'embedded', dir: to });
    try {
      assert.deepEqual((await store.listCorrections()).map((c) => ({ kind: c.kind, payload: c.payload })), made);
    } finally {
      await store.close();
    }
  });

  it('adds only the new ones from a bare array, once each, whatever the order of payload keys', async () => {
    const path = write('array.json', [
      { kind: 'entity-merge', payload: { from: 'Koupol', into: 'IEMZ Kupol' } }, // present, keys in another order
      { kind: 'entity-alias', payload: { entity: 'Kupol', alias: 'Kupol JSC' } },
      { kind: 'entity-alias', payload: { alias: 'Kupol JSC', entity: 'Kupol' } }, // twice in the file
    ]);
    const r = await cli('corrections', 'import', path, '--db', to);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '1 correction added (#5), 2 skipped (already in the store)\n');
  });

  // [case, file content, the message's end]
  const refused: [string, string, RegExp][] = [
    ['not JSON', '{"format": "recoupe-corrections", ', /is not JSON \(.*\); give a file written by `recoupe corrections export`$/],
    ['another JSON document', JSON.stringify({ format: 'recoupe-dossier', version: 1 }), /is not a corrections file/],
    ['a newer version', JSON.stringify({ format: 'recoupe-corrections', version: 2, corrections: [] }), /is version 2, newer than this recoupe reads \(1\); upgrade recoupe/],
    ['no list', JSON.stringify({ format: 'recoupe-corrections', version: 1 }), /has no "corrections" array/],
    ['a number', '42', /holds neither/],
    ['an item without kind', JSON.stringify([{ payload: {} }]), /item 1: "kind" must be non-empty text/],
    ['a payload that is a list', JSON.stringify([{ kind: 'not-entity', payload: { text: 'x' } }, { kind: 'x', payload: [] }]), /item 2: "payload" must be an object/],
    ['an entity correction missing a field', JSON.stringify([{ kind: 'entity-merge', payload: { into: 'A' } }]), /item 1: a entity-merge correction needs "into" and "from"/],
  ];
  for (const [index, [name, content, message]] of refused.entries()) {
    it(`refuses ${name} with exit 2, adding nothing`, async () => {
      const path = write(`refused-${index}.json`, content);
      const r = await cli('corrections', 'import', path, '--db', to);
      assert.equal(r.code, 2);
      assert.match(r.err.trim(), new RegExp(`^recoupe: corrections import: .*refused-\\d\\.json ${message.source.replace(/^\^/, '')}`));
    });
  }

  it('refuses a file that does not exist with exit 2', async () => {
    const r = await cli('corrections', 'import', join(tmp, 'missing.json'), '--db', to);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read .*missing\.json \(ENOENT\)/);
  });

  it('keeps the refused files out of the store', async () => {
    const store = await openStore({ backend: 'embedded', dir: to });
    try {
      assert.equal((await store.listCorrections()).length, made.length + 1);
    } finally {
      await store.close();
    }
  });
});

describe('correctionKey', () => {
  it('is the same for the same kind and payload, keys in any order, and differs otherwise', () => {
    const a = { kind: 'k', payload: { x: 1, y: { b: 2, a: [1, { d: 1, c: 2 }] } } };
    const b = { kind: 'k', payload: { y: { a: [1, { c: 2, d: 1 }], b: 2 }, x: 1 } };
    assert.equal(correctionKey(a), correctionKey(b));
    assert.notEqual(correctionKey(a), correctionKey({ ...a, kind: 'other' }));
    assert.notEqual(correctionKey(a), correctionKey({ kind: 'k', payload: { x: 2 } }));
  });

  it('parses what toCorrectionsFile writes', () => {
    const text = JSON.stringify({ format: 'recoupe-corrections', version: 1, exportedAt: 'x', corrections: made });
    assert.deepEqual(parseCorrectionsFile(text, 'f.json'), made);
  });
});
