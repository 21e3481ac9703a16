import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { loadKnowledge } from './index.js';

const { nameKey } = loadKnowledge();

test('transliteration variants share a key', () => {
  const groups: string[][] = [
    ['Koupol', 'Kupol'],
    ['Sergueï', 'Sergei', 'Sergey', 'Сергей'],
    ['Dmitri', 'Dmitry', 'Dmitriy', 'Dmitrii'],
    ['Zelensky', 'Zelenskyy', 'Zelenski', 'Zelenskiy'],
    ['Poutine', 'Putin'],
    ['Prigojine', 'Prigozhin'],
    ['Choïgou', 'Shoigu'],
    ['Khrouchtchev', 'Khrushchev'],
    ['Guerassimov', 'Gerasimov'],
    ['Peskov', 'peskov', 'PESKOV'],
    ['Louhansk', 'Luhansk'],
    ['Ievgueni', 'Yevgeny', 'Evgueni'],
  ];
  for (const g of groups) for (const v of g) assert.equal(nameKey(v), nameKey(g[0]!), `${v} ~ ${g[0]}`);
});

test('different names keep different keys', () => {
  const pairs: [string, string][] = [['Peskov', 'Lavrov'], ['Kiev', 'Kyiv'], ['Sergei', 'Serhiy'], ['Dmitri', 'Dmytro']];
  for (const [a, b] of pairs) assert.notEqual(nameKey(a), nameKey(b), `${a} vs ${b}`);
});
