import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { actionClasses, classesIn, objectClasses, parseEventClasses } from './event-classes.js';

describe('event classes (data/lexicon/event-classes.json)', () => {
  // [lower-cased text, action classes, object classes]: the same act in other words and in the other language.
  const rows: [string, string[], string[]][] = [
    ['la chine a fourni des drones à la russie', ['transfer'], ['weapons']],
    ['china shipped uavs to russia', ['transfer'], ['weapons']],
    ['des entreprises ont expédié des pièces détachées', ['transfer'], ['components']],
    ['microsoft will buy the studio for $2.5 billion in cash', ['acquire'], ['money']],
    ['les rebelles ont enlevé deux journalistes', ['detain'], []],
    ['the militants executed a hostage', ['kill', 'detain'], []],
    // Whole words: "soldiers" is no "sold", "according" no "accord", "pays" (country) no "payer", "signal" no "signer".
    ['according to soldiers in the country', [], []],
    ['le pays a envoyé un signal', ['transfer'], []],
  ];
  for (const [text, actions, objects] of rows) {
    it(text, () => {
      assert.deepEqual(classesIn(text, actionClasses()).sort(), [...actions].sort());
      assert.deepEqual(classesIn(text, objectClasses()).sort(), [...objects].sort());
    });
  }

  it('refuses a file without its source, a class without a language, or a malformed word', () => {
    const ok = { source: 's', licence: 'CC0-1.0', actions: { transfer: { en: ['ship*'], fr: ['livr*'] } }, objects: { weapons: { en: ['arms'], fr: ['armes'] } } };
    assert.equal(classesIn('they shipped arms', parseEventClasses(ok).actions)[0], 'transfer');
    assert.throws(() => parseEventClasses({ ...ok, source: undefined }), /"source", "licence"/);
    assert.throws(() => parseEventClasses({ ...ok, actions: { transfer: { en: ['ship'] } } }), /transfer\.fr must be a list/);
    assert.throws(() => parseEventClasses({ ...ok, objects: { weapons: { en: ['Arms'], fr: ['armes'] } } }), /not a lower-case word/);
    assert.throws(() => parseEventClasses({ ...ok, objects: { weapons: { en: ['arms'], fr: ['armes'], de: ['waffen'] } } }), /unknown language "de"/);
  });
});
