import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { loadKnowledge } from './index.js';

const k = loadKnowledge();
const found = (text: string): string[] => k.lookup(text).map((c) => `${c.key} ${c.role}`);

test('people, products and events resolve across languages, spellings and surnames', () => {
  const rows: [string, string][] = [
    ['Vladimir Poutine', 'person:vladimir-putin name'], ['Vladimir Putin', 'person:vladimir-putin name'],
    ['Poutine', 'person:vladimir-putin surname'], ['Putin', 'person:vladimir-putin surname'], ['POUTINE', 'person:vladimir-putin surname'],
    ['Volodymyr Zelenskyy', 'person:volodymyr-zelensky name'], ['Zelenski', 'person:volodymyr-zelensky surname'],
    ['Sergueï Choïgou', 'person:sergei-shoigu name'], ['Choigou', 'person:sergei-shoigu surname'], ['Shoigu', 'person:sergei-shoigu surname'],
    ['Dmitri Peskov', 'person:dmitry-peskov name'], ['Evgueni Prigojine', 'person:yevgeny-prigozhin name'],
    ['Alexandre Loukachenko', 'person:alexander-lukashenko name'], ['Erdogan', 'person:recep-tayyip-erdogan surname'],
    ['Erdoğan', 'person:recep-tayyip-erdogan surname'], ['Kim Jong Un', 'person:kim-jong-un name'], ['Xi', 'person:xi-jinping surname'],
    ['von der Leyen', 'person:ursula-von-der-leyen surname'], ['Assad', 'person:bashar-al-assad surname'], ['Lula', 'person:luiz-inacio-lula-da-silva name'],
    ['Garpiya-3', 'product:garpiya-3 name'], ['Garpiya 3', 'product:garpiya-3 name'], ['G3', 'product:garpiya-3 acronym'],
    ['Shahed 136', 'product:shahed-136 name'], ['Géran-2', 'product:geran-2 name'], ['Su 35', 'product:su-35 name'],
    ['SCALP', 'product:storm-shadow acronym'], ['Storm Shadow', 'product:storm-shadow name'], ['HIMARS', 'product:himars acronym'],
    ['croiseur Moskva', 'product:moskva name'], ['Kinjal', 'product:kinzhal name'], ['TB2', 'product:bayraktar-tb2 acronym'],
    ['Seconde Guerre mondiale', 'event:world-war-2 name'], ['deuxième guerre mondiale', 'event:world-war-2 name'], ['WWII', 'event:world-war-2 acronym'],
    ['guerre froide', 'event:cold-war name'], ["invasion russe de l'Ukraine", 'event:russian-invasion-of-ukraine name'],
    ['opération militaire spéciale', 'event:special-military-operation name'], ['Euromaïdan', 'event:euromaidan name'],
    ['annexion de la Crimée', 'event:annexation-of-crimea name'], ['mutinerie de Wagner', 'event:wagner-mutiny name'],
    ['attaque du 7-Octobre', 'event:october-7-attack name'], ['Munich Security Conference', 'event:munich-security-conference name'],
  ];
  for (const [form, expected] of rows) assert.ok(found(form).includes(expected), `${form} -> ${expected}; got ${found(form).join(', ')}`);
});

test('one key for a full name and its surname, in both languages', () => {
  const keys = ['Poutine', 'Vladimir Poutine', 'Putin'].map((t) => k.lookup(t).map((c) => c.key));
  for (const list of keys) assert.deepEqual(list, ['person:vladimir-putin']);
  assert.deepEqual(k.people.get('person:vladimir-putin')?.surnames, ['Putin', 'Poutine']);
});

test('surnames need a capital, acronyms their case, and common words are not names', () => {
  const rows: [string, number][] = [
    ['poutine', 0], ['trump', 0], ['musk', 0], ['g3', 0], ['scalp', 0], ['Patriot', 0], ['Javelin', 0], ['Lancet', 0], ['Leopard', 0],
    ['Rafale', 0], ['Zapad', 0], ['Wang', 0], ['Kim', 0], ['Lee', 0], ['Harris', 0], ['Moskva', 0], ['Borne', 0],
  ];
  for (const [form, count] of rows) {
    assert.equal(k.lookup(form).filter((c) => /^(person|product|event):/.test(c.key)).length, count, `${form}: ${found(form).join(', ')}`);
  }
});

test('people, products and events carry their details', () => {
  const putin = k.people.get('person:vladimir-putin');
  assert.equal(putin?.kind, 'person');
  assert.equal(putin?.type, 'person');
  assert.deepEqual(putin?.countries, ['RU']);
  assert.ok(putin?.roles.includes('President of Russia'));
  assert.equal(k.people.get('person:yevgeny-prigozhin')?.until, 2023);
  const g3 = k.products.get('product:garpiya-3');
  assert.equal(g3?.type, 'product');
  assert.equal(g3?.subkind, 'drone');
  assert.deepEqual(g3?.countries, ['RU']);
  assert.equal(k.products.get('product:f-16')?.maker, 'Lockheed Martin');
  const ww2 = k.events.get('event:world-war-2');
  assert.equal(ww2?.type, 'event');
  assert.deepEqual([ww2?.from, ww2?.until], [1939, 1945]);
  assert.equal(ww2?.label.fr, 'Seconde Guerre mondiale');
  assert.deepEqual(k.expandAcronym('G3').map((e) => e.key), ['product:garpiya-3']);
  assert.ok(k.people.size >= 200 && k.products.size >= 120 && k.events.size >= 40);
});
