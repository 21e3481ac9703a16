import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultDataDir, KnowledgeError, loadKnowledgeFrom } from './index.js';

/** Copies data/ to a temporary folder, lets `edit` break one file, and returns the load error's message. */
function errorAfter(file: string, edit: (lines: string[]) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-knowledge-'));
  const data = join(root, 'data');
  try {
    cpSync(defaultDataDir(), data, { recursive: true, filter: (p) => !p.includes('scripts') });
    const path = join(data, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    edit(lines);
    writeFileSync(path, lines.join('\n'));
    loadKnowledgeFrom(data);
  } catch (e) {
    assert.ok(e instanceof KnowledgeError, String(e));
    return e.message;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  assert.fail(`no error after editing ${file}`);
}

/** Rewrites the JSON record on 1-based `line`. */
const setField = (line: number, field: string, value: unknown) => (lines: string[]): void => {
  const r = JSON.parse(lines[line - 1]!) as Record<string, unknown>;
  r[field] = value;
  lines[line - 1] = JSON.stringify(r);
};

test('errors name the file, the line and what to fix', () => {
  const rows: [string, (lines: string[]) => void, RegExp][] = [
    ['gazetteer/countries.jsonl', setField(13, 'fr', ''), /^knowledge: data\/gazetteer\/countries\.jsonl line 13 \(record 12\): "fr" must be a non-empty string$/],
    ['gazetteer/countries.jsonl', setField(2, 'code', 'xx'), /countries\.jsonl line 2 \(record 1\): "code" must be an ISO 3166-1 alpha-2 code/],
    ['gazetteer/media.jsonl', setField(5, 'kind', 'wire'), /media\.jsonl line 5 \(record 1\): "kind" must be one of "agency", "outlet"; got "wire"/],
    ['gazetteer/media.jsonl', setField(5, 'alias', []), /media\.jsonl line 5 \(record 1\): unknown field "alias"/],
    ['gazetteer/city-exonyms.jsonl', setField(5, 'metonymFor', 'country:ZZ'), /city-exonyms\.jsonl line 5 \(record 1\): "metonymFor" "country:ZZ" is no known entity/],
    ['gazetteer/organisations.jsonl', (l) => { l[3] = '{"id":"nato",'; }, /organisations\.jsonl line 4 \(record 1\): is not valid JSON/],
    ['gazetteer/countries-supplement.jsonl', setField(4, 'code', 'ZZ'), /countries-supplement\.jsonl line 4 \(record 1\): "code" "ZZ" is not in data\/gazetteer\/countries\.jsonl/],
    ['lexicon/roles.jsonl', setField(5, 'isPerson', 'yes'), /roles\.jsonl line 5 \(record 1\): "isPerson" must be true or false/],
    ['lexicon/transliteration.jsonl', setField(4, 'to', 'chtchx'), /transliteration\.jsonl line 4 \(record 1\): "to" \("chtchx"\) must not contain "from"/],
    ['gazetteer/waters.jsonl', (l) => { l[0] = '{"kind":"waters","source":"x","licence":"CC0-1.0"}'; }, /waters\.jsonl line 1: header must say how the file was made/],
    ['gazetteer/people.jsonl', setField(8, 'surnames', { en: ['Poutin'], fr: [] }), /^knowledge: data\/gazetteer\/people\.jsonl line 8 \(record 1\): "surnames\.en" "Poutin" is not a word of any name/],
    ['gazetteer/people.jsonl', setField(9, 'until', 1990), /people\.jsonl line 9 \(record 2\): "until" \(1990\) comes before "from" \(2008\)/],
    ['gazetteer/people.jsonl', setField(8, 'countries', ['Russia']), /people\.jsonl line 8 \(record 1\): "countries" must list ISO 3166-1 alpha-2 codes/],
    ['gazetteer/people.jsonl', setField(8, 'role', ['President']), /people\.jsonl line 8 \(record 1\): unknown field "role"/],
    ['gazetteer/products.jsonl', setField(8, 'kind', 'ufo'), /^knowledge: data\/gazetteer\/products\.jsonl line 8 \(record 1\): "kind" must be one of "drone", /],
    ['gazetteer/products.jsonl', setField(8, 'makerKey', 'org:zz'), /products\.jsonl line 8 \(record 1\): "makerKey" "org:zz" is no known entity/],
    ['gazetteer/products.jsonl', setField(8, 'acronyms', ['g3']), /products\.jsonl line 8 \(record 1\): "acronyms" are matched with their case and need a capital letter/],
    ['gazetteer/products.jsonl', setField(8, 'country', 'ZZ'), /products\.jsonl line 8 \(record 1\): country "ZZ" is not in data\/gazetteer\/countries\.jsonl/],
    ['gazetteer/events.jsonl', setField(7, 'from', 'summer 1939'), /^knowledge: data\/gazetteer\/events\.jsonl line 7 \(record 1\): "from" must be a whole number from 1800 to 2100, or null/],
    ['gazetteer/events.jsonl', setField(7, 'id', 'World War 2'), /events\.jsonl line 7 \(record 1\): "id" must be lower-case words joined by "-"/],
    ['gazetteer/events.jsonl', setField(8, 'id', 'world-war-2'), /events\.jsonl line 8 \(record 2\): "event:world-war-2" is already defined in data\/gazetteer\/events\.jsonl/],
  ];
  for (const [file, edit, expected] of rows) assert.match(errorAfter(file, edit), expected, file);
});
