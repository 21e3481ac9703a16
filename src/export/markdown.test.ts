// The Markdown report: what a reader finds in it, and article text that Markdown must not misread.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown, md, mdStart } from './markdown.js';
import { buildReportModel } from './report-model.js';
import { CLUSTERS, sampleDossier } from './sample-dossier.js';

const text = renderMarkdown(buildReportModel(sampleDossier()));

describe('Markdown report', () => {
  const has: [string, string][] = [
    ['the corpus summary', '- **4 articles** from 4 files in `/corpus/story/`'],
    ['the date range and the undated article', '- **Published:** 26 September 2024 to 28 September 2024; 1 article without a date'],
    ['the rejected input', '  - `/corpus/story/photo.jpg`: binary, not text'],
    ['the first cluster, numbered, with its label', '### 1. A Russian maker tested a long-range drone in China'],
    ['articles and independent origins', '**3 articles (1 copy), 3 independent origins:** Reuters; Blog; Wire One'],
    ['the modality mix', '**Modality:** 3 reported'],
    ['a member quoted with its source and cue', '— reported, source: **Reuters** (media), cue “according to”'],
    ['the copy folded into its original', 'Same words in *[Drone plant found in China](#article-a_0000000000000002)* (Copycat News, 27 September 2024, a copy)'],
    ['the denial, linked', `**Denied by:** [Pékin dément avoir fourni des drones à la Russie.](#claim-${CLUSTERS.denial})`],
    ['the denial quoted', '  > Pékin dément avoir fourni des drones à la Russie.'],
    ['the other side of the denial', `**Denies:** [A Russian maker tested a long-range drone in China](#claim-${CLUSTERS.tested})`],
    ['the compact list of single-article claims', '### Claims found in one article only (2)'],
    ['an undated article', '*no outlet* · *no date* · English'],
    ['a warning sign with its explanation and evidence', '- **Warning: Sensational wording** (score 1). 1 alarmist term, 1 word in capitals.\n  Evidence: “EXPLOSIVE”'],
    ['removed boilerplate and comments', 'removed as boilerplate: 2 cookie notices, 1 reader-comment block; 2 reader comments.'],
    ['the copy relation', '- **Copy of** *[Drone plant \\<script\\>alert(1)\\</script\\> found in \\*China\\*](#article-a_0000000000000001)*'],
    ['a timeline date in words', '### 26 September 2024'],
    ['the dated expression in its sentence', '- A Russian maker tested a long-range drone in China on **Thursday**, according to Reuters. — '],
    ['an entity row', '| China | Pékin | 4 | 4 |'],
  ];
  for (const [what, snippet] of has) it(`has ${what}`, () => assert.ok(text.includes(snippet), `missing:\n${snippet}`));

  it('escapes HTML and emphasis in a title', () => {
    assert.ok(!text.includes('<script>'));
    assert.ok(text.includes('### Drone plant \\<script\\>alert(1)\\</script\\> found in \\*China\\*'));
  });

  it('keeps a title that looks like a heading or a list from becoming one', () => {
    assert.ok(text.includes('### # 1. Breaking \\| news'));
  });
});

describe('Markdown escaping', () => {
  const rows: [string, string, string][] = [
    ['emphasis', 'a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['a link', '[x](http://y)', '\\[x\\](http://y)'],
    ['HTML', '<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['a table pipe', 'a | b', 'a \\| b'],
    ['an entity', 'AT&amp;T', 'AT&amp;amp;T'],
    ['a line break', 'one\ntwo', 'one two'],
    ['a number mid-line', 'recoupe 0.1.0', 'recoupe 0.1.0'],
  ];
  for (const [what, input, expected] of rows) it(`md: ${what}`, () => assert.equal(md(input), expected));

  const starts: [string, string][] = [
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['# title', '\\# title'],
    ['> quote', '\\> quote'],
    ['plain', 'plain'],
  ];
  for (const [input, expected] of starts) it(`mdStart: ${input}`, () => assert.equal(mdStart(input), expected));
});
