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
    // A negated "real/true N", a cause taken away, a fraud.
    ['Her third breast is not a true implant, but a prosthetic.', 'is not a true implant'],
    ["Ce n'est pas un vrai médecin, selon l'ordre.", "n'est pas un vrai médecin"],
    ['The source said the fire was "not the work of terrorists".', 'was "not the work of'],
    ["L'incendie n'est pas l'œuvre d'un groupe armé, selon la police.", "n'est pas l'œuvre"],
    ['The woman claiming to have three arms is A FRAUD.', 'is A FRAUD'],
    ['The video is probably a hoax.', 'is probably a hoax'],
    ['The woman who reported the surgery was most likely lying.', 'was most likely lying'],
    ['Everyone shared it. Also, as it turns out, not even remotely true.', 'not even remotely true'],
    ['Pas vrai, répond la mairie.', 'Pas vrai'],
    ['It was not a question of money, but not true friendship either.', null],
    ['The body was lying on the floor when the police came.', null],
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

  // [text, the negated act found, or null]: acts that deny by themselves.
  const acts: [string, string | null][] = [
    // An act of the general event classes, taking place, or the speaker's own act.
    ["“We didn't threaten anybody,” the minister said.", "didn't threaten"],
    ["La Chine n'a jamais fourni d'armes à la Russie.", "n'a jamais fourni"],
    ['China did not supply weapons to Russia.', 'did not supply'], // "supply" ends in -ly and is no adverb
    ["La réunion n'a pas eu lieu, selon la préfecture.", "n'a pas eu"],
    ['The meeting never happened, the embassy said.', 'never happened'],
    ["« Nous n'avons jamais menacé personne », a dit le ministre.", "n'avons jamais menacé"],
    // Plain negative facts: no claim is denied unless someone asserts the act (corroboration/negated-acts.ts).
    ["The president has not become the boy's godmother, the office said.", null],
    ['The idea was never discussed, according to the source.', null],
    ['She did not exactly save the boy from a curse.', null],
    ['Her parents did not take the news in stride.', null],
    // Not denials: a negated saying, answering or disclosing, a "not yet", a blanked formula.
    ['The company did not immediately respond to a request for comment.', null],
    ["Le ministère n'a pas souhaité commenter.", null],
    ["Leur nombre exact n'a jamais été divulgué.", null],
    ["Les États-Unis n'ont pas encore retiré leur réserve.", null],
    ['Apple has not yet announced a date.', null],
    ['The military did not confirm or deny the strike.', null],
  ];
  // With anyVerb (asked by the corroboration stage), any verb but those of saying, knowing or wanting.
  const anyActs: [string, string | null][] = [
    ["The president has not become the boy's godmother, the office said.", 'has not become'],
    ['The idea was never discussed, according to the source.', 'was never discussed'],
    ['She did not exactly save the boy from a curse.', 'did not exactly save'],
    ["Il n'a pas adopté l'enfant.", "n'a pas adopté"],
    ["She didn't realise the video would spread.", null],
    ['The company did not immediately respond to a request for comment.', null],
  ];
  for (const [text, cue] of anyActs) {
    it(`negated act, any verb, ${cue === null ? 'none' : cue}: ${text}`, () => {
      assert.equal(denialCues().negatedAct(denialCues().withoutNonDenials(text), { anyVerb: true })?.cue ?? null, cue);
    });
  }
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
        en: { falsity: ['false'], notTrue: ['true'], rebuttal: ['debunk*'], notDenial: ['no comment'], notDenialVerbs: ['respond'], existenceVerbs: ['happened'], claimNouns: ['claims'] },
        fr: { falsity: ['faux'], notTrue: ['vrai'], rebuttal: ['réfut*'], notDenial: ['sans commentaire'], notDenialVerbs: ['répondu'], existenceVerbs: ['eu'], claimNouns: ['rumeurs'] },
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
