import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { loadKnowledge } from './index.js';

const k = loadKnowledge();
const keysOf = (text: string, role?: string): string[] =>
  k.lookup(text).filter((c) => role === undefined || c.role === role).map((c) => c.key);

test('forms resolve to one entity across languages, accents, case and acronyms', () => {
  const rows: [string, string][] = [
    ['OTAN', 'org:nato'], ['NATO', 'org:nato'], ['Otan', 'org:nato'],
    ['UE', 'org:eu'], ['EU', 'org:eu'], ['Union européenne', 'org:eu'],
    ['ONU', 'org:un'], ['UN', 'org:un'], ['Nations unies', 'org:un'],
    ['AIEA', 'org:iaea'], ['IAEA', 'org:iaea'], ['OCS', 'org:sco'], ['SCO', 'org:sco'],
    ['Etats-Unis', 'country:US'], ['États-Unis', 'country:US'], ['ÉTATS-UNIS', 'country:US'], ['USA', 'country:US'], ['U.S.', 'country:US'],
    ['Royaume-Uni', 'country:GB'], ['UK', 'country:GB'], ['Britain', 'country:GB'], ['Grande-Bretagne', 'country:GB'],
    ['Corée du Nord', 'country:KP'], ['North Korea', 'country:KP'],
    ['Pékin', 'city:CN:beijing'], ['Beijing', 'city:CN:beijing'], ['Pekin', 'city:CN:beijing'],
    ['Moscou', 'city:RU:moscow'], ['Kiev', 'city:UA:kyiv'], ['Kyiv', 'city:UA:kyiv'], ['Kiïv', 'city:UA:kyiv'],
    ['Londres', 'city:GB:london'], ['Varsovie', 'city:PL:warsaw'], ['Louhansk', 'city:UA:luhansk'], ['Luhansk', 'city:UA:luhansk'],
    ['Donbass', 'place:donbas'], ['Donbas', 'place:donbas'], ['Crimée', 'place:crimea'], ['Crimea', 'place:crimea'],
    ['mer Noire', 'place:black-sea'], ['Black Sea', 'place:black-sea'], ['mer de Chine méridionale', 'place:south-china-sea'],
    ['Occident', 'place:west'], ['the West', 'place:west'],
    ['groupe Wagner', 'org:wagner'], ['Wagner Group', 'org:wagner'], ['Hezbollah', 'org:hezbollah'],
    ['Maison Blanche', 'org:white-house'], ['White House', 'org:white-house'], ['Pentagone', 'org:pentagon'],
    ['Kremlin', 'org:kremlin'], ['Élysée', 'org:elysee'], ["Département d'État", 'org:state-department'],
    ['Agence France-Presse', 'media:afp'], ['AFP', 'media:afp'], ['NYT', 'media:nyt'], ['The New York Times', 'media:nyt'],
  ];
  for (const [form, key] of rows) assert.ok(keysOf(form).includes(key), `${form} -> ${key}; got ${keysOf(form).join(', ')}`);
});

test('acronyms need their case: "us" and "un" are words, not the US and the UN', () => {
  const rows: [string, number][] = [['us', 0], ['un', 0], ['otan', 0]];
  for (const [form, count] of rows) assert.equal(k.lookup(form).filter((c) => c.role === 'acronym').length, count, form);
});

test('acronyms expand across languages', () => {
  assert.deepEqual(k.expandAcronym('OTAN').map((e) => e.key), ['org:nato']);
  assert.deepEqual(k.expandAcronym('NATO').map((e) => e.key), ['org:nato']);
  const forms = k.acronymsOf('org:nato').map((n) => n.form);
  assert.ok(forms.includes('OTAN') && forms.includes('NATO'), forms.join(','));
});

test('capitals stand for their state', () => {
  const rows: [string, string][] = [['Pékin', 'country:CN'], ['Moscou', 'country:RU'], ['Washington', 'country:US'], ['Kiev', 'country:UA'], ['Bruxelles', 'org:eu']];
  for (const [form, key] of rows) assert.ok(keysOf(form, 'metonym').includes(key), `${form} stands for ${key}`);
  assert.equal(k.countries.get('CN')?.capital, 'city:CN:beijing');
});

test('demonyms and compounds point at countries without being entities', () => {
  const rows: [string, string[]][] = [
    ['chinoises', ['CN']], ['chinois', ['CN']], ['Chinese', ['CN']], ['russes', ['RU']], ['américaine', ['US']],
    ['américains', ['US']], ['ukrainiennes', ['UA']], ['Ukrainian', ['UA']], ['nord-coréen', ['KP']],
    ['sino-russe', ['CN', 'RU']], ['russo-ukrainien', ['RU', 'UA']], ['américano-chinois', ['US', 'CN']], ['néo-libéral', []],
  ];
  for (const [word, codes] of rows) assert.deepEqual(k.countriesOfAdjective(word).map((c) => c.code), codes, word);
  assert.ok(keysOf('chinoises', 'demonym').includes('country:CN'));
  assert.ok(![...k.entities.keys()].some((key) => key.includes('chinois')));
});

test('media, roles, honorifics, names', () => {
  assert.equal(k.media.get('media:reuters')?.isAgency, true);
  assert.equal(k.media.get('media:le-monde')?.isAgency, false);
  assert.equal(k.role('porte-parole')?.isPerson, true);
  assert.equal(k.role('spokesman')?.id, 'spokesperson');
  assert.equal(k.role('communiqué')?.isPerson, false);
  assert.equal(k.honorific('Mme')?.gender, 'f');
  assert.equal(k.honorific('M.')?.meaning, 'Monsieur');
  assert.ok(k.firstNames('Sergueï').length > 0 && k.firstNames('Sergey').length > 0);
  assert.equal(k.chineseSurname('Xi')?.name, 'Xi');
});

test('every file declares its source and licence', () => {
  assert.ok(k.files.length >= 18);
  for (const f of k.files) assert.ok(f.source !== '' && f.licence !== '' && f.records > 0, f.file);
});
