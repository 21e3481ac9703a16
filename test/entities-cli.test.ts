// `recoupe entities ...` end to end: corrections stored, applied by the next analyze, listed, and undone.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCaptured } from '../src/cli/main.js';

const tmp = mkdtempSync(join(tmpdir(), 'recoupe-entities-'));
const inputs = join(tmp, 'articles');
const db = join(tmp, 'db'); // the one store of this file
after(() => rmSync(tmp, { recursive: true, force: true }));

// Two articles: the French one links "Kupol" to "IEMZ Kupol"; the English one spells it "Koupol" (3 times, with the title).
const articles: Record<string, string> = {
  'fr.txt': `Des drones livrés à Moscou

Publié le 3 mars 2024

Le fabricant IEMZ Kupol a livré des drones Garpiya-3 à l'armée russe, selon Reuters. Le porte-parole Dmitri Peskov a démenti. Kupol n'a pas répondu.
`,
  'en.txt': `Koupol and the drones

Published March 4, 2024

The drone maker Koupol shipped parts to Russia, Reuters reported. Koupol did not respond. Dmitry Peskov denied it.
`,
};

const cli = (...argv: string[]) => runCaptured(argv);

interface DossierEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: { text: string }[];
}

// Runs analyze and returns the dossier's entities.
async function analyzeEntities(): Promise<DossierEntity[]> {
  const out = join(tmp, 'dossier.json');
  const r = await cli('analyze', inputs, '--out', out, '--db', db, '--quiet');
  assert.equal(r.code, 0, r.err);
  return (JSON.parse(readFileSync(out, 'utf8')) as { entities: DossierEntity[] }).entities;
}

const holding = (entities: DossierEntity[], text: string): DossierEntity[] => entities.filter((e) => e.mentions.some((m) => m.text === text));

describe('recoupe entities', () => {
  let first: DossierEntity[];
  before(async () => {
    mkdirSync(inputs);
    for (const [name, text] of Object.entries(articles)) writeFileSync(join(inputs, name), text);
    first = await analyzeEntities();
  });

  it('starts with "Koupol" apart from "IEMZ Kupol"', () => {
    assert.equal(holding(first, 'IEMZ Kupol').length, 1);
    assert.notEqual(holding(first, 'Koupol')[0]?.id, holding(first, 'IEMZ Kupol')[0]?.id);
  });

  it('lists the entities of the store with their mention counts', async () => {
    const r = await cli('entities', 'list', '--db', db, '--json');
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as { name: string; mentions: number }[];
    assert.deepEqual(rows.map((x) => [x.name, x.mentions]), first.map((e) => [e.name, e.mentions.length]));
    const text = await cli('entities', 'list', '--db', db, '--type', 'person');
    assert.match(text.out, /Dmitri Peskov\s+person\s+2\s+Dmitry Peskov/);
  });

  it('refuses an unknown type with exit 2 (the next test sees it was not stored)', async () => {
    const r = await cli('entities', 'type', 'Koupol', 'ship', '--db', db);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'recoupe: unknown type "ship"; use person, org, place, product, event or other\n');
  });

  it('merges and retypes; the next analyze applies both', async () => {
    const merge = await cli('entities', 'merge', 'iemz kupol', 'Koupol', '--db', db);
    assert.equal(merge.code, 0, merge.err);
    assert.match(merge.out, /^correction #\d+ stored: merge: "Koupol" \(3 mentions\) into "IEMZ Kupol" \(2 mentions\)\n$/);
    const type = await cli('entities', 'type', 'Koupol', 'product', '--db', db); // by the name it was merged under
    assert.equal(type.code, 0, type.err);
    assert.match(type.out, /stored: type: "IEMZ Kupol" \(5 mentions\) \w+ -> product\n$/);

    const entities = await analyzeEntities();
    const [kupol, ...others] = holding(entities, 'Koupol');
    assert.equal(others.length, 0);
    assert.equal(kupol!.id, holding(first, 'IEMZ Kupol')[0]!.id);
    assert.equal(kupol!.type, 'product');
    assert.deepEqual(kupol!.mentions.map((m) => m.text).sort(), ['IEMZ Kupol', 'Koupol', 'Koupol', 'Koupol', 'Kupol']);
    assert.ok(kupol!.aliases.includes('Koupol'));
    assert.equal(entities.length, first.length - 1);
  });

  it('keeps a correction that names nothing known, with a warning', async () => {
    const r = await cli('entities', 'not-entity', 'Wagner', '--db', db);
    assert.equal(r.code, 0);
    assert.match(r.out, /stored: not-entity: "Wagner": 0 mentions dropped/);
    assert.match(r.err, /warning: correction #\d+ names nothing in the 2 stored articles/);
  });

  let ids: number[] = [];
  it('lists the corrections in order with what each touches now', async () => {
    const r = await cli('entities', 'corrections', '--db', db, '--json');
    const rows = JSON.parse(r.out) as { id: number; kind: string; payload: Record<string, string>; matched: number }[];
    ids = rows.map((x) => x.id);
    assert.deepEqual(rows.map((x) => [x.kind, x.matched]), [['entity-merge', 3], ['entity-type', 5], ['not-entity', 0]]);
    assert.deepEqual(rows[0]!.payload, { into: 'iemz kupol', from: 'Koupol' });
    const text = await cli('entities', 'corrections', '--db', db);
    assert.match(text.out, /^#\d+ .* merge "Koupol" into "iemz kupol" {2}\(3 mentions now\)$/m);
  });

  it('undoes every correction: the next analyze is back to the first dossier', async () => {
    for (const id of ids) {
      const r = await cli('entities', 'undo', String(id), '--db', db);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, new RegExp(`^correction #${id} removed: `));
    }
    assert.deepEqual(await analyzeEntities(), first);
    const again = await cli('entities', 'undo', String(ids[0]), '--db', db);
    assert.equal(again.code, 2);
    assert.match(again.err, /no entity correction #\d+; `recoupe entities corrections` lists them/);
  });
});
