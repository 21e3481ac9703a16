// sensational: alarmist and opinionated texts score above wire copy; stems stay whole words; evidence spans hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sensational, sensationalFeatures } from './sensational.js';
import { alternation, compileTerms, parseLexicon, alarmLexicon, type AlarmTerm } from '../sensational-lexicon.js';
import type { Article } from '../../core/types.js';
import type { SignalContext } from '../context.js';

const article = (headline: string, body: string, language: string): Article =>
  ({
    id: 'a_test',
    text: `${headline}\n\n${body}`,
    bodyStart: headline.length + 2,
    language,
    title: headline,
  }) as unknown as Article;
const ctx = (a: Article): SignalContext => ({ article: a, claims: [], mentions: [] });
const score = (headline: string, body: string, language: string) => sensational(ctx(article(headline, body, language)));

// Each row: [name, language, alarmist headline and body, neutral headline and body]. The sentences are our own.
const PAIRS: [string, string, [string, string], [string, string]][] = [
  ['fr war', 'fr',
    ['TROISIÈME GUERRE MONDIALE : ce qu’on vous cache !', 'C’est un scandale absolument terrifiant. Nos dirigeants, ces pantins incompétents, nous mentent. Jusqu’où ira cette folie ?\n\nRéveillez-vous : il faut agir avant qu’il ne soit trop tard. Les médias aux ordres se taisent, comme par hasard !'],
    ['Le ministre des Armées en visite à Varsovie', 'Le ministre des Armées s’est rendu mardi à Varsovie, a indiqué son cabinet. Il doit y rencontrer son homologue polonais.\n\nSelon le ministère, la visite porte sur la livraison de matériel prévue en 2024.']],
  ['fr covid', 'fr',
    ['La dictature sanitaire, une honte sans précédent', 'Cette mascarade ubuesque n’a que trop duré. Vous êtes traités comme des idiots par une caste arrogante.\n\nNous devons résister à cette gabegie honteuse.'],
    ['Le nombre de cas recule pour la troisième semaine', 'Le nombre de nouveaux cas a baissé de 12 % en une semaine, selon les chiffres publiés vendredi par Santé publique France.\n\nLes hospitalisations restent stables, a précisé l’agence.']],
  ['en politics', 'en',
    ['SHAMEFUL: the corrupt elites are lying to you!', 'This is an utterly disgraceful cover-up by a bunch of spineless puppets. Wake up! The mainstream media will never tell you the truth.\n\nWe must fight back before it is too late. Enough is enough.'],
    ['Senate committee approves budget bill', 'The Senate budget committee approved the spending bill on Tuesday by a vote of 14 to 9, a spokesman said.\n\nThe measure now goes to the full Senate, according to the committee’s chairman.']],
  ['en fear', 'en',
    ['An unprecedented catastrophe is coming', 'The terrifying truth is that this reckless regime is dragging us to the brink of nuclear war. It is the worst disaster in history, and nobody is talking about it.'],
    ['Regional grid operator schedules maintenance', 'The regional grid operator said it would carry out scheduled maintenance on two substations next month. Customers will be notified in advance, the company said.']],
];

for (const [name, lang, hot, cold] of PAIRS) {
  test(`sensational: alarmist text scores above wire copy (${name})`, () => {
    const a = score(hot[0], hot[1], lang);
    const b = score(cold[0], cold[1], lang);
    assert.ok(a.score > b.score, `${a.score} should exceed ${b.score}`);
    assert.ok(a.flag, `alarmist text should be flagged: ${a.explanation}`);
    assert.ok(!b.flag, `wire copy should not be flagged: ${b.explanation}`);
    assert.ok(a.explanation.length > 0 && a.explanation.endsWith('.'));
  });
}

// Short terms are whole words; a "*" stem must start a word.
const MATCHES: [string, string, string, string[]][] = [
  ['fou is not in fournir', 'fr', 'Il faut fournir des documents.', ['Il faut']],
  ['fou alone matches', 'fr', 'C’est fou.', ['fou']],
  ['con is not in contrat', 'fr', 'Le contrat est conclu.', []],
  ['stem does not match inside a word', 'fr', 'Un antiscandale, puis un scandale et des scandaleux.', ['scandale', 'scandaleux']],
  ['phrase spans line breaks and curly apostrophes', 'fr', 'Ce qu’on vous\ncache est là.', ['Ce qu’on vous\ncache']],
  ['œ spelled oe', 'fr', 'Un spectacle écoeurant.', ['écoeurant']],
  ['longest term wins', 'en', 'This is the worst idea.', ['the worst']],
  ['English stem', 'en', 'A shameless and Outrageous lie.', ['shameless', 'Outrageous']],
  ['fool is not in football', 'en', 'They played football.', []],
];
for (const [name, lang, text, expected] of MATCHES) {
  test(`sensational lexicon: ${name}`, () => {
    const f = sensationalFeatures({ text, bodyStart: 0, language: lang });
    assert.deepEqual(f.lexiconHits.map((h) => text.slice(h.start, h.end)), expected);
  });
}

test('sensational: evidence spans index into the text', () => {
  for (const [, lang, hot] of PAIRS) {
    const a = article(hot[0], hot[1], lang);
    const s = sensational(ctx(a));
    assert.ok(s.evidence.length > 0);
    assert.ok(s.evidence.length <= 12);
    for (const e of s.evidence) assert.equal(a.text.slice(e.start, e.end), e.text);
    for (let i = 1; i < s.evidence.length; i++) assert.ok(s.evidence[i - 1]!.end <= s.evidence[i]!.start, 'sorted, no overlap');
  }
});

test('sensational: first person inside a quotation is not the writer addressing the reader', () => {
  const quoted = sensationalFeatures({ text: 'Le maire a déclaré : « Nous allons reconstruire notre ville. »', bodyStart: 0, language: 'fr' });
  assert.equal(quoted.address.length, 0);
  const own = sensationalFeatures({ text: 'Nous allons payer, et vous aussi.', bodyStart: 0, language: 'fr' });
  assert.equal(own.address.length, 2);
  const us = sensationalFeatures({ text: 'The US told us nothing.', bodyStart: 0, language: 'en' });
  assert.deepEqual(us.address.map((s) => 'The US told us nothing.'.slice(s.start, s.end)), ['us']);
});

test('sensational: attributed claims lower the score', () => {
  const a = article('Le gouvernement face à la crise', 'Il faut le dire : c’est une catastrophe. Quel gâchis ? Tout le monde le sait.', 'fr');
  const claims = Array.from({ length: 4 }, () => ({ attribution: { source: { name: 'x', kind: 'person' }, cue: 'a dit' } }));
  const plain = sensational({ article: a, claims: [], mentions: [] }).score;
  const sourced = sensational({ article: a, claims: claims as never, mentions: [] }).score;
  assert.ok(sourced < plain, `${sourced} < ${plain}`);
});

test('sensational: the shipped lexicon loads and every term matches itself', () => {
  const terms = alarmLexicon();
  assert.ok(terms.length > 500);
  const m = compileTerms(terms);
  for (const t of terms) {
    const hits = m.find(` ${t.term} `);
    assert.ok(hits.length >= 1 && hits[0]!.start === 1, `"${t.term}" (${t.lang}) does not match itself`);
  }
});

const base = { source: 's', licence: 'CC0-1.0' };
const BAD: [string, unknown, RegExp][] = [
  ['no licence', { source: 's', terms: {} }, /needs "source" and "licence"/],
  ['unknown language', { ...base, terms: { de: {} } }, /terms\.de: the language must be "fr" or "en"/],
  ['unknown category', { ...base, terms: { fr: { rude: { '1': ['x'] } } } }, /terms\.fr\.rude: unknown category/],
  ['bad weight', { ...base, terms: { fr: { fear: { '5': ['peur'] } } } }, /terms\.fr\.fear\["5"\]: the weight must be/],
  ['upper case', { ...base, terms: { fr: { fear: { '1': ['peur', 'Panique'] } } } }, /entry 1 \("Panique"\): the term must be lower case/],
  ['short stem', { ...base, terms: { fr: { insult: { '2': ['fou*'] } } } }, /entry 0 \("fou\*"\): a "\*" stem needs at least 4 letters/],
  ['bad shape', { ...base, terms: { en: { fear: { '1': ['doom!'] } } } }, /entry 0 \("doom!"\): only letters/],
  ['duplicate', { ...base, terms: { en: { fear: { '1': ['doom*'] }, hyperbole: { '2': ['doom'] } } } }, /terms\.en\.hyperbole\["2"\] entry 0 \("doom"\): listed twice \(also in terms\.en\.fear\["1"\] entry 0\)/],
  ['not a string', { ...base, terms: { en: { fear: { '1': [3] } } } }, /terms\.en\.fear\["1"\] entry 0: the term must be a non-empty string/],
];
for (const [name, raw, message] of BAD) {
  test(`sensational lexicon validation: ${name}`, () => {
    assert.throws(() => parseLexicon(raw, 'x.json'), (e: Error) => e.message.startsWith('lexicon: x.json') && message.test(e.message));
  });
}

// The matcher tries, where each word starts, only the terms that word may start; the hits must be those of one
// alternation of every term: leftmost first, the longest term at a position, no overlap.
test('sensational lexicon: a thousand terms, the hits of one alternation', () => {
  const term = (t: string): AlarmTerm => ({ term: t, prefix: false, weight: 1, category: 'loaded', lang: 'fr' });
  // "abc def ghi jkl" sorts first (longest), then 1,000 fillers: "abc" and "xyz" land in a later expression.
  const filler = Array.from({ length: 1000 }, (_, i) => term(`zzfiller${String(i).padStart(4, '0')}`));
  const m = compileTerms([...filler, term('abc'), term('xyz'), term('abc def ghi jkl')]);
  const found = (text: string): string[] => m.find(text).map((h) => text.slice(h.start, h.end));
  assert.deepEqual(found('un abc def ghi jkl ici'), ['abc def ghi jkl']); // the longer term wins at its position
  assert.deepEqual(found('xyz puis abc def ghi jkl'), ['xyz', 'abc def ghi jkl']); // leftmost first, whatever its part
  assert.deepEqual(found('abc zzfiller0999 abc'), ['abc', 'zzfiller0999', 'abc']);
  assert.deepEqual(found('abcdef xyzabc'), []); // whole words only
});

// What one alternation of the whole lexicon finds, left to right (the definition of `find`).
function reference(terms: readonly AlarmTerm[], text: string): string[] {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length || Number(a.prefix) - Number(b.prefix));
  const re = alternation(sorted);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push(`${m.index}-${m.index + m[0].length}:${sorted[g - 1]!.term}`);
  }
  return out;
}

test('sensational lexicon: the indexed matcher finds what one alternation of the shipped lexicon finds', () => {
  const terms = alarmLexicon();
  const m = compileTerms(terms);
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const glue = [' ', ', ', ' ', '\n', '-', '’', "'", '. ', ' (', ') ', '', 'x'];
  const variants = (t: string): string => {
    const k = random(6);
    if (k === 0) return t.toUpperCase();
    if (k === 1) return t[0]!.toUpperCase() + t.slice(1);
    if (k === 2) return t.replace(/oe/g, 'œ').replace(/œ/g, random(2) ? 'oe' : 'Œ');
    if (k === 3) return `${t}s`;
    if (k === 4) return t.replace(/ /g, ',  ');
    return t;
  };
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let w = 0; w < 12; w++) text += variants(terms[random(terms.length)]!.term) + glue[random(glue.length)]!;
    const found = m.find(text).map((h) => `${h.start}-${h.end}:${h.term.term}`);
    assert.deepEqual(found, reference(terms, text), text);
  }
});
