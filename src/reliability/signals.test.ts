// Warning signs per article: each flags the article it is for and not a plain wire report, and every signal is
// well formed (name, score in 0..1, flag, explanation, evidence spans that index into the text).
// The sentence-level rules of "sensational" are tested in signals/sensational.test.ts.
import assert from 'node:assert/strict';
import { before, describe, it, test } from 'node:test';
import type { Attribution, Claim, Dossier } from '../core/dossier.js';
import type { Article, Signal } from '../core/types.js';
import { analyzeTexts } from '../pipeline/analyze-texts.js';
import { computeSignals, type SignalContext } from './index.js';
import { headlineMismatch } from './signals/headline-mismatch.js';
import { noDate } from './signals/no-date.js';
import { republished } from './signals/republished.js';
import { anonymousSourcing, conditionalHeavy, unsourced } from './signals/sourcing.js';

/** The signals every article carries, in the dossier's order. */
const NAMES = ['sensational', 'headline-mismatch', 'anonymous-sourcing', 'unsourced', 'no-date', 'comments-mixed', 'conditional-heavy', 'republished'];

// Our own articles about an invented company: a sourced wire report, its copy with a reader thread, a piece resting on
// anonymous sources, a paraphrasing headline, and an undated piece in the conditional under a headline naming a country the body never names.
const WIRE = `Le groupe Veltrona a vendu douze drones à la Birmanie l'an dernier, selon Reuters. Le ministre birman de la Défense a confirmé l'achat lors d'une conférence de presse à Naypyidaw, a rapporté l'agence.

Veltrona n'a pas répondu aux questions de Reuters. L'Union européenne a ouvert une enquête sur ces exportations, a déclaré son porte-parole, Peter Stano.
`;
const FILES: Record<string, string> = {
  'wire.txt': `date 2024-03-14\nVeltrona a vendu des drones à la Birmanie, selon Reuters\n\n${WIRE}`,
  'copy.txt': `date 2024-03-15\nVeltrona a vendu des drones à la Birmanie, selon Reuters\n\n${WIRE}
3 Commentaires
Gérard du Lot
il y a 2 jours
Tout le monde le savait depuis des mois.
Répondre
Martine Vasseur
il y a 1 jour
J'attends des preuves publiques avant de conclure.
Répondre
`,
  'anonymous.txt': `date 2024-03-18
Veltrona sous le feu des critiques

Selon un responsable qui a requis l'anonymat, Veltrona aurait fourni des pièces de drones à la Birmanie depuis 2022. Des sources internes affirment que l'entreprise connaissait la destination finale des appareils. Un responsable qui a requis l'anonymat assure que la direction a été alertée dès 2022. Selon des sources internes, des documents ont été détruits en février.
`,
  // A paraphrasing headline over a body that names Veltrona after "de", with no cue before it.
  'paraphrase.txt': `date 2024-03-19
Veltrona accusée d'armer la Birmanie

Les dirigeants de Veltrona ont livré des drones à la Birmanie en janvier, a confirmé l'entreprise.
`,
  'conditional.txt': `La Chine livre des drones à la Birmanie

Des ingénieurs de l'entreprise Veltrona auraient fourni des drones à la Birmanie. Un second lot serait en préparation près de Lyon. Le contrat aurait été signé en février. Les livraisons auraient repris en mars.
`,
};

// Each row: article, signal, whether it is raised, and words some evidence span must contain.
const FLAGS: { file: string; signal: string; flag: boolean; evidence?: string[]; todo?: string }[] = [
  { file: 'conditional', signal: 'headline-mismatch', flag: true, evidence: ['Chine'] }, // "La Chine livre...": the body never names China
  { file: 'wire', signal: 'headline-mismatch', flag: false },
  { file: 'anonymous', signal: 'anonymous-sourcing', flag: true, evidence: ["requis l'anonymat", 'sources internes'] },
  { file: 'wire', signal: 'anonymous-sourcing', flag: false },
  { file: 'conditional', signal: 'unsourced', flag: true },
  { file: 'anonymous', signal: 'unsourced', flag: true }, // unnamed sources are no named source
  { file: 'wire', signal: 'unsourced', flag: false },
  { file: 'conditional', signal: 'conditional-heavy', flag: true, evidence: ['auraient fourni', 'serait', 'aurait'] },
  { file: 'wire', signal: 'conditional-heavy', flag: false },
  { file: 'conditional', signal: 'no-date', flag: true },
  { file: 'wire', signal: 'no-date', flag: false },
  { file: 'copy', signal: 'comments-mixed', flag: true },
  { file: 'wire', signal: 'comments-mixed', flag: false },
  { file: 'copy', signal: 'republished', flag: true, evidence: ['douze drones'] },
  { file: 'wire', signal: 'republished', flag: false }, // the original is not a copy of its copy
  { file: 'wire', signal: 'sensational', flag: false },
];

describe('signals on a corpus', () => {
  let dossier: Dossier;
  const articleOf = (file: string): Article => dossier.articles.find((a) => a.source.path.endsWith(`/${file}.txt`))!;
  const signalOf = (file: string, name: string): Signal => articleOf(file).signals.find((s) => s.name === name)!;

  before(async () => {
    dossier = await analyzeTexts(FILES);
  });

  for (const row of FLAGS) {
    it(`${row.signal} ${row.flag ? 'flags' : 'does not flag'} ${row.file}`, row.todo ? { todo: row.todo } : {}, () => {
      const s = signalOf(row.file, row.signal);
      assert.equal(s.flag, row.flag, `${s.score}: ${s.explanation}`);
      for (const word of row.evidence ?? []) assert.ok(s.evidence.some((e) => e.text.includes(word)), `no evidence with "${word}": ${JSON.stringify(s.evidence.map((e) => e.text))}`);
    });
  }

  it('headline-mismatch names only what the body lacks', () => {
    const s = signalOf('conditional', 'headline-mismatch');
    assert.deepEqual(s.evidence.map((e) => e.text), ['Chine']);
    assert.match(s.explanation, /never mentions "Chine"/);
    assert.doesNotMatch(s.explanation, /Birmanie/);
  });

  it('headline-mismatch never says the body lacks a name the body contains', {
  }, () => {
    for (const a of dossier.articles) {
      const s = a.signals.find((x) => x.name === 'headline-mismatch')!;
      const body = a.text.slice(a.bodyStart);
      for (const e of s.evidence.filter((x) => x.end <= a.bodyStart)) assert.ok(!body.includes(e.text), `${a.source.path.split('/').pop()}: "${e.text}" is in the body; ${s.explanation}`);
    }
  });

  it('every article carries every signal, each well formed, with evidence that indexes into its text', () => {
    assert.equal(dossier.articles.length, 5);
    for (const a of dossier.articles) {
      assert.deepEqual(a.signals.map((s) => s.name), NAMES);
      for (const s of a.signals) {
        const where = `${a.source.path.split('/').pop()} ${s.name}`;
        assert.ok(s.score >= 0 && s.score <= 1, `${where}: score ${s.score}`);
        assert.equal(typeof s.flag, 'boolean', where);
        assert.ok(s.explanation.trim().length > 0, `${where}: empty explanation`);
        for (const e of s.evidence) {
          assert.ok(e.start >= 0 && e.start < e.end && e.end <= a.text.length, `${where}: span ${e.start}-${e.end}`);
          assert.equal(a.text.slice(e.start, e.end), e.text, where);
        }
        if (s.flag && !['no-date', 'comments-mixed'].includes(s.name)) assert.ok(s.evidence.length > 0, `${where}: flagged without evidence`);
      }
    }
  });
});

// ---- the thresholds, on hand-made articles and claims --------------------------------------------------------

const TEXT = 'Titre\n\nUne phrase. Une autre phrase. Une troisième phrase. Une quatrième.';
const article = (over: Partial<Article> = {}): Article => ({
  id: 'a_x', source: { path: 'x.txt', url: null, item: null }, title: 'Titre', titleEvidence: null, language: 'fr', published: '2024-03-14',
  publishedEvidence: { from: 'header-line', raw: '2024-03-14' }, outlet: null, author: null, encoding: 'utf-8', text: TEXT, bodyStart: 7,
  removed: [], comments: [], credits: [], duplicateOf: null, similarity: null, sharedPassages: [], signals: [], ...over,
});
const named: Attribution = { source: { name: 'Reuters', kind: 'media' }, cue: 'selon' };
const anonymous: Attribution = { source: { name: 'un responsable', kind: 'anonymous' }, cue: 'selon' };
const vague: Attribution = { source: { name: 'des observateurs', kind: 'vague' }, cue: 'selon' };
const viaInsiders: Attribution = { source: { name: 'Le Monde', kind: 'media' }, cue: 'selon', via: ['des sources internes'] };
/** A claim's modality and attribution. */
type Spec = readonly [Claim['modality'], Attribution | null];
// Claims over the body's sentences, cycling through them.
const claimsOf = (specs: readonly Spec[]): Claim[] => {
  const spans = [...TEXT.slice(7).matchAll(/[^.]+\./g)].map((m) => ({ start: 7 + m.index! + (m[0].startsWith(' ') ? 1 : 0), end: 7 + m.index! + m[0].length }));
  return specs.map(([modality, attribution], k) => {
    const { start, end } = spans[k % spans.length]!;
    return { id: `c_${k}`, article: 'a_x', start, end, text: TEXT.slice(start, end), modality, attribution, cluster: null };
  });
};
const ctx = (specs: readonly Spec[], over: Partial<Article> = {}): SignalContext => ({ article: article(over), claims: claimsOf(specs), mentions: [] });
const times = (n: number, x: Spec): Spec[] => Array.from({ length: n }, () => x);

const UNITS: { name: string; signal: (c: SignalContext) => Signal; context: SignalContext; flag: boolean }[] = [
  { name: 'anonymous-sourcing: one anonymous claim is not a pattern', signal: anonymousSourcing, context: ctx([['reported', anonymous]]), flag: false },
  { name: 'anonymous-sourcing: two anonymous claims of two', signal: anonymousSourcing, context: ctx(times(2, ['reported', anonymous])), flag: true },
  { name: 'anonymous-sourcing: two of eight attributed claims (25 %)', signal: anonymousSourcing, context: ctx([...times(2, ['reported', anonymous]), ...times(6, ['reported', named])]), flag: true },
  { name: 'anonymous-sourcing: two of nine attributed claims (22 %)', signal: anonymousSourcing, context: ctx([...times(2, ['reported', anonymous]), ...times(7, ['reported', named])]), flag: false },
  { name: 'anonymous-sourcing: an outlet\'s "sources internes" count as unnamed', signal: anonymousSourcing, context: ctx(times(2, ['reported', viaInsiders])), flag: true },
  { name: 'unsourced: two unattributed claims are too few to say', signal: unsourced, context: ctx(times(2, ['asserted', null])), flag: false },
  { name: 'unsourced: three claims, only vague and anonymous sources', signal: unsourced, context: ctx([['asserted', null], ['reported', vague], ['reported', anonymous]]), flag: true },
  { name: 'unsourced: three claims, one named source', signal: unsourced, context: ctx([['asserted', null], ['asserted', null], ['reported', named]]), flag: false },
  { name: 'conditional-heavy: one conditional claim is not a pattern', signal: conditionalHeavy, context: ctx([['conditional', null]]), flag: false },
  { name: 'conditional-heavy: two of thirteen claims (15 %)', signal: conditionalHeavy, context: ctx([...times(2, ['conditional', null]), ...times(11, ['asserted', null])]), flag: true },
  { name: 'conditional-heavy: two of fourteen claims (14 %)', signal: conditionalHeavy, context: ctx([...times(2, ['conditional', null]), ...times(12, ['asserted', null])]), flag: false },
  { name: 'conditional-heavy: hedged is not the conditional', signal: conditionalHeavy, context: ctx(times(3, ['hedged', null])), flag: false },
  { name: 'headline-mismatch: no headline, nothing to compare', signal: headlineMismatch, context: ctx([], { bodyStart: 0 }), flag: false },
  { name: 'no-date: no publication date', signal: noDate, context: ctx([], { published: null, publishedEvidence: null }), flag: true },
  { name: 'no-date: a month is a date', signal: noDate, context: ctx([], { published: '2024-03' }), flag: false },
  {
    name: 'republished: a copy, with the passages it shares with its original as evidence',
    signal: republished,
    context: ctx([], { duplicateOf: 'a_orig', similarity: 0.93, sharedPassages: [{ article: 'a_orig', start: 7, end: 18, otherStart: 7, otherEnd: 18 }, { article: 'a_other', start: 19, end: 36, otherStart: 0, otherEnd: 17 }] }),
    flag: true,
  },
  { name: 'republished: shared passages alone do not make a copy', signal: republished, context: ctx([], { sharedPassages: [{ article: 'a_orig', start: 7, end: 18, otherStart: 7, otherEnd: 18 }] }), flag: false },
];
for (const row of UNITS) {
  test(row.name, () => {
    const s = row.signal(row.context);
    assert.equal(s.flag, row.flag, `${s.score}: ${s.explanation}`);
    assert.ok(s.score >= 0 && s.score <= 1 && s.explanation.length > 0);
    for (const e of s.evidence) assert.equal(row.context.article.text.slice(e.start, e.end), e.text);
  });
}

test('republished: evidence is the passages shared with the original only', () => {
  const s = republished(UNITS.find((r) => r.name.startsWith('republished: a copy'))!.context);
  assert.deepEqual(s.evidence.map((e) => e.text), ['Une phrase.']);
  assert.equal(s.score, 0.93);
});

test('computeSignals: the signals in the dossier\'s order', () => {
  assert.deepEqual(computeSignals(ctx([])).map((s) => s.name), NAMES);
});
