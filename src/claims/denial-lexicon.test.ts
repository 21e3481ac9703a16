import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compileDenialCues, denialCues, parseDenialLexicon } from './denial-lexicon.js';
import { decideModality } from './modality.js';

describe('denial cues (data/lexicon/denial.json)', () => {
  // [text, the cue found, or null]: each rule with its example, in English and French.
  const rows: [string, string | null][] = [
    // A word of falsity as the predicate: a verdict.
    ['Investigators say the whole video was a hoax.', 'was a hoax'],
    ['The photograph has been proved a fake.', 'proved a fake'],
    ['A local station outed the letter as fake.', 'outed the letter as fake'],
    ['"That is a complete fabrication," the spokesman said.', 'is a complete fabrication'],
    ["C'est faux, a répondu la préfecture.", "C'est faux"],
    ['Ces accusations sont infondées, selon le parquet.', 'sont infondées'],
    ["L'information s'est révélée être un canular.", null], // "être" between: not one of the frames (a gap left open)
    ["L'information s'est révélée un canular.", "s'est révélée un canular"],
    // A negated truth.
    ["It's simply not true that the plant closed.", "'s simply not true"],
    ['The claim is not accurate, the ministry said.', 'is not accurate'],
    ["Ce n'est pas exact, indique le ministère.", "n'est pas exact"],
    ['This dumb video may not be real, but the problem is.', 'not be real'],
    // A word of falsity beside a noun of claims.
    ['Le ministère dénonce des allégations infondées.', 'allégations infondées'],
    ['The company called them baseless allegations.', 'baseless allegations'],
    ['Police seized false passports.', null],
    ['That cannot be true, the mayor said.', 'cannot be true'],
    // A reported rebuttal.
    ['Engineers debunked the rumour within hours.', 'debunked'],
    ['Le rapport a battu en brèche cette hypothèse.', 'battu en brèche'],
    // Not denials: a modifier, a negated verdict, a negated rebuttal, other senses.
    ['Police seized a fake passport at the border.', null],
    ['She insists her story is not a hoax.', null],
    ["Ce n'est pas faux, reconnaît l'élu.", null],
    ['Nobody has debunked the report so far.', null],
    ['The aircraft was shot down over the sea.', null],
    ['He was lying in the street when help arrived.', null],
    ['What is wrong with the engine remains unclear.', null],
  ];
  for (const [text, cue] of rows) {
    it(`${cue === null ? 'no denial' : cue}: ${text}`, () => {
      const found = denialCues().find(text);
      assert.equal(found?.cue ?? null, cue);
      if (found) assert.equal(text.slice(found.index, found.index + found.cue.length), found.cue);
    });
  }

  // [text, the negated act found, or null]
  const acts: [string, string | null][] = [
    ["The president has not become the boy's godmother, the office said.", 'has not become'],
    ['The idea was never discussed, according to the source.', 'was never discussed'],
    ["“We didn't threaten anybody,” the minister said.", "didn't threaten"],
    ['She did not exactly save the boy from a curse.', 'did not exactly save'],
    ["La Chine n'a jamais fourni d'armes à la Russie.", "n'a jamais fourni"],
    ["La réunion n'a pas eu lieu, selon la préfecture.", "n'a pas eu"],
    // Not denials: a negated saying, answering or disclosing, a "not yet", a blanked formula.
    ['The company did not immediately respond to a request for comment.', null],
    ["Le ministère n'a pas souhaité commenter.", null],
    ["Leur nombre exact n'a jamais été divulgué.", null],
    ["Les États-Unis n'ont pas encore retiré leur réserve.", null],
    ['Apple has not yet announced a date.', null],
    ['The military did not confirm or deny the strike.', null],
  ];
  for (const [text, cue] of acts) {
    it(`negated act ${cue === null ? 'none' : cue}: ${text}`, () => {
      const plain = denialCues().withoutNonDenials(text);
      assert.equal(denialCues().negatedAct(plain)?.cue ?? null, cue);
    });
  }

  it('decides "denied" with the cue, and leaves "neither confirm nor deny" and "declined to comment" alone', () => {
    assert.deepEqual(decideModality('The claim was a hoax.', false, null), { modality: 'denied', cue: 'was a hoax', at: 10 });
    assert.notEqual(decideModality('The agency could neither confirm nor deny the report.', true, null).modality, 'denied');
    assert.notEqual(decideModality("Le ministère n'a pas souhaité commenter ni confirmer ni démentir l'information.", true, null).modality, 'denied');
    assert.notEqual(decideModality('The company declined to comment on the report.', true, null).modality, 'denied');
    // Overlapping formulas are all blanked, and "neither X confirmed nor denied" lets words in between.
    assert.notEqual(decideModality('U.S. officials would not confirm or deny whether the leader was hurt.', true, null).modality, 'denied');
    assert.notEqual(decideModality('Of course, neither company confirmed nor denied the matter.', false, null).modality, 'denied');
    assert.notEqual(decideModality("Le ministère n'a ni confirmé ni démenti l'information.", true, null).modality, 'denied');
    assert.equal(decideModality('The company denied the report.', true, null).modality, 'denied');
  });

  it('refuses a lexicon with an unknown category, a malformed term or a term listed twice', () => {
    const base = {
      source: 's',
      licence: 'CC0-1.0',
      cues: {
        en: { falsity: ['false'], notTrue: ['true'], rebuttal: ['debunk*'], notDenial: ['no comment'], notDenialVerbs: ['respond'], claimNouns: ['claims'] },
        fr: { falsity: ['faux'], notTrue: ['vrai'], rebuttal: ['réfut*'], notDenial: ['sans commentaire'], notDenialVerbs: ['répondu'], claimNouns: ['rumeurs'] },
      },
    };
    assert.ok(compileDenialCues(parseDenialLexicon(base)).find('It is false.'));
    const with_ = (lang: 'en' | 'fr', key: string, terms: unknown): unknown => ({ ...base, cues: { ...base.cues, [lang]: { ...base.cues[lang], [key]: terms } } });
    assert.throws(() => parseDenialLexicon(with_('en', 'verdicts', ['x'])), /unknown category/);
    assert.throws(() => parseDenialLexicon(with_('fr', 'falsity', ['Faux'])), /not a lower-case word or phrase/);
    assert.throws(() => parseDenialLexicon(with_('en', 'falsity', ['false', 'false'])), /listed twice/);
    assert.throws(() => parseDenialLexicon({ cues: base.cues }), /"source", "licence"/);
  });
});
