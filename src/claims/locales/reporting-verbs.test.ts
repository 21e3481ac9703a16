import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReportingVerbs, REPORTING_VERBS } from './cues.js';

const file = { kind: 'reporting-verbs', source: 'test', licence: 'CC0-1.0', handWritten: true };

describe('reporting verbs as data (data/lexicon/reporting-verbs.json)', () => {
  it('a French stem takes the endings of the first group, and listed forms stand whole', () => {
    const [v] = parseReportingVerbs({ ...file, fr: [{ lemma: 'griffonner', stems: ['griffonn'], forms: ['griffonnit'] }], en: [{ lemma: 'scribble', forms: ['scribbled'] }] });
    const re = new RegExp(`^(?:${v!.forms})$`, 'iu');
    for (const w of ['griffonne', 'griffonné', 'griffonnaient', 'griffonnant', 'griffonnit']) assert.ok(re.test(w), w);
    assert.ok(!re.test('griffonner'), 'the infinitive is no finite form');
  });
  it('an apostrophe matches both spellings, a space any spacing', () => {
    const verbs = parseReportingVerbs({ ...file, fr: [{ lemma: "s'alarmer", stems: ["s'alarm"] }, { lemma: 'mettre en garde', forms: ['met en garde'] }], en: [{ lemma: 'say', forms: ['said'] }] });
    assert.ok(new RegExp(`^(?:${verbs[0]!.forms})$`, 'iu').test('s’alarme'));
    assert.ok(new RegExp(`^(?:${verbs[1]!.forms})$`, 'iu').test('met  en garde'));
  });
  it('flags are kept: weak, object, denial', () => {
    const [v] = parseReportingVerbs({ ...file, fr: [{ lemma: 'nier', stems: ['ni'], denial: true, weak: true }], en: [{ lemma: 'say', forms: ['said'] }] });
    assert.deepEqual([v!.denial, v!.weak, v!.object], [true, true, undefined]);
  });
  it('a bad entry stops the load and names the file, the list and the verb', () => {
    assert.throws(() => parseReportingVerbs({ ...file, fr: [{ lemma: 'dire' }], en: [{ lemma: 'say', forms: ['said'] }] }), /reporting-verbs\.json fr\[0\] \("dire"\) has no stems and no forms/);
    assert.throws(() => parseReportingVerbs({ ...file, fr: [{ lemma: 'dire', stem: ['dis'] }], en: [{ lemma: 'say', forms: ['said'] }] }), /unknown field "stem"/);
    assert.throws(() => parseReportingVerbs({ ...file, fr: [{ lemma: 'dire', forms: ['Dit'] }], en: [{ lemma: 'say', forms: ['said'] }] }), /"Dit" is not a lower-case word/);
    assert.throws(() => parseReportingVerbs({ ...file, fr: [] }), /"fr" must be a list of verbs/);
  });
  it('the shipped list reads, both languages present', () => {
    assert.ok(REPORTING_VERBS.some((v) => v.lang === 'fr' && v.lemma === 'déclarer'));
    assert.ok(REPORTING_VERBS.some((v) => v.lang === 'en' && v.lemma === 'say'));
  });
});
