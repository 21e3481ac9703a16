import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicates, type DuplicateInput, type DuplicateLink } from './index.js';
import { BRIEF, COMMENTS, LONG_WITH_BRIEF, STORY, STORY_EDITED, STORY_RETOLD, STORY_RETYPED } from './fixtures.test.js';

/** Articles from texts, in the given order: the first is the earliest. */
function articles(...texts: string[]): DuplicateInput[] {
  return texts.map((text, order) => ({ id: `a${order}`, text, title: `Titre ${order}`, order }));
}

function linkOf(links: DuplicateLink[], id: string): DuplicateLink | undefined {
  return links.find((link) => link.id === id);
}

describe('findDuplicates: links', () => {
  // [case, texts (earliest first), expected link of the last article: [duplicateOf, kind, minimum similarity] or null]
  const rows: Array<[string, string[], [string, 'exact' | 'near', number] | null]> = [
    ['exact copy with other whitespace, quotes and case', [STORY, STORY_RETYPED], ['a0', 'exact', 1]],
    ['new headline and an appended comment thread', [STORY, STORY + COMMENTS], ['a0', 'near', 0.95]],
    ['a copy with four words changed', [STORY, STORY_EDITED], ['a0', 'near', 0.7]],
    ['the same story told in different sentences', [STORY, STORY_RETOLD], null],
    ['a short brief wholly inside a longer, earlier article', [LONG_WITH_BRIEF, BRIEF], ['a0', 'near', 0.99]],
    ['a longer, later article built around an earlier brief', [BRIEF, LONG_WITH_BRIEF], ['a0', 'near', 0.99]],
    ['exact copies point at the earliest of the group', [STORY, STORY_RETYPED, STORY], ['a0', 'exact', 1]],
    ['unrelated articles', [STORY, LONG_WITH_BRIEF], null],
  ];
  for (const [name, texts, expected] of rows) {
    it(name, () => {
      const input = articles(...texts);
      const { links } = findDuplicates(input);
      const last = input[input.length - 1]!.id;
      const link = linkOf(links, last);
      if (expected === null) {
        assert.deepEqual(links, []);
        return;
      }
      assert.ok(link, `expected a link for ${last}, got ${JSON.stringify(links)}`);
      assert.equal(link.duplicateOf, expected[0]);
      assert.equal(link.kind, expected[1]);
      assert.ok(link.similarity >= expected[2], `similarity ${link.similarity} < ${expected[2]}`);
      assert.ok(link.similarity <= 1);
      assert.equal(link.similarity, Math.round(link.similarity * 1000) / 1000);
    });
  }
});

describe('findDuplicates: empty and very short texts', () => {
  // [case, texts]: none of them may be linked to anything, and nothing may throw
  const rows: Array<[string, string[]]> = [
    ['no articles', []],
    ['empty texts', ['', '', '   \n\t ']],
    ['one-word and punctuation-only texts', ['Oui.', 'Oui.', '« … »', '—']],
    ['short texts beside a full story', ['Lire aussi', STORY, 'Le ministère des Armées a confirmé mardi', 'Lire aussi', '']],
  ];
  for (const [name, texts] of rows) {
    it(name, () => {
      const { links, shared } = findDuplicates(articles(...texts));
      assert.deepEqual(links, []);
      assert.deepEqual([...shared.values()].flat(), []);
      assert.equal(shared.size, texts.length);
    });
  }
});

describe('findDuplicates: shared passage spans', () => {
  const passage = 'L’Élysée a fait savoir qu’aucune décision n’avait été prise concernant l’envoi de troupes supplémentaires, malgré les demandes répétées des alliés';
  const retyped = passage.replace(/’/g, "'").replace('Élysée', 'E\u0301lyse\u0301e').replace(', malgré', ',\n malgré');
  const introA = 'Réunis hier soir à Bruxelles, les ministres de la Défense ont passé plus de six heures à discuter du soutien militaire et des stocks de munitions. ';
  const outroA = '. Les syndicats de l’industrie d’armement réclament pour leur part des commandes fermes sur dix ans, faute de quoi les chaînes de production resteront au ralenti.';
  const introB = 'Au lendemain du sommet, la presse étrangère s’interroge toujours sur la position française, jugée ambiguë par plusieurs chancelleries européennes ce matin. ';
  const outroB = '. Le Premier ministre doit s’exprimer jeudi devant l’Assemblée nationale, où l’opposition prépare une motion sur la politique étrangère du gouvernement.';
  // [case, text A, text B, passage as it appears in A, passage as it appears in B]
  const rows: Array<[string, string, string, string, string]> = [
    ['a passage inside both texts, curly vs straight apostrophes, NFD accents', introA + passage + outroA, introB + retyped + outroB, passage, retyped],
    ['a passage opening text B', introA + passage + outroA, retyped + outroB, passage, retyped],
    ['a passage closing text A', introA + passage, introB + retyped + outroB, passage, retyped],
  ];
  for (const [name, textA, textB, inA, inB] of rows) {
    it(name, () => {
      const { links, shared } = findDuplicates(articles(textA, textB));
      assert.deepEqual(links, [], 'one shared paragraph is not a duplicate');
      const [fromA] = shared.get('a0')!;
      const [fromB] = shared.get('a1')!;
      assert.ok(fromA && fromB, 'expected a passage on both sides');
      assert.equal(shared.get('a0')!.length, 1);
      assert.equal(fromA.article, 'a1');
      assert.equal(textA.slice(fromA.start, fromA.end), inA);
      assert.equal(textB.slice(fromA.otherStart, fromA.otherEnd), inB);
      assert.deepEqual(fromB, { article: 'a0', start: fromA.otherStart, end: fromA.otherEnd, otherStart: fromA.start, otherEnd: fromA.end });
    });
  }

  it('near duplicates share their whole common text, with exact spans', () => {
    const republished = 'Titre : Des drones frappent la frontière\n\n' + STORY + COMMENTS;
    const { shared } = findDuplicates(articles(STORY, republished));
    const passages = shared.get('a0')!;
    assert.equal(passages.length, 1);
    const [p] = passages;
    assert.equal(STORY.slice(p!.start, p!.end), STORY.slice(0, -1)); // the final period is trimmed
    assert.equal(republished.slice(p!.otherStart, p!.otherEnd), STORY.slice(0, -1));
  });
});

describe('findDuplicates: determinism', () => {
  const texts = [STORY, STORY_RETYPED, STORY + COMMENTS, STORY_EDITED, STORY_RETOLD, LONG_WITH_BRIEF, BRIEF, '', 'Oui.'];
  const input = articles(...texts);
  const expected = findDuplicates(input);
  // [case, permutation of the input array]
  const rows: Array<[string, DuplicateInput[]]> = [
    ['reversed', [...input].reverse()],
    ['interleaved', input.filter((_, i) => i % 2 === 1).concat(input.filter((_, i) => i % 2 === 0))],
    ['rotated', [...input.slice(4), ...input.slice(0, 4)]],
  ];
  for (const [name, permuted] of rows) {
    it(`input order does not matter: ${name}`, () => {
      const result = findDuplicates(permuted);
      assert.deepEqual(result.links, expected.links);
      assert.deepEqual([...result.shared.entries()], [...expected.shared.entries()]);
    });
  }

  it('the order field, not the array position, decides who is the original', () => {
    const input = [
      { id: 'copy', text: STORY_RETYPED, title: '', order: 5 },
      { id: 'original', text: STORY, title: '', order: 2 },
    ];
    assert.deepEqual(findDuplicates(input).links, [{ id: 'copy', duplicateOf: 'original', similarity: 1, kind: 'exact' }]);
    const swapped = input.map((a) => ({ ...a, order: 7 - a.order }));
    assert.deepEqual(findDuplicates(swapped).links, [{ id: 'original', duplicateOf: 'copy', similarity: 1, kind: 'exact' }]);
  });

  it('rejects duplicate ids and impossible options', () => {
    assert.throws(() => findDuplicates([...articles(STORY), ...articles(STORY)]), /duplicates: article id "a0" appears twice/);
    assert.throws(() => findDuplicates([], { nearThreshold: 0 }), /nearThreshold 0/);
    assert.throws(() => findDuplicates([], { permutations: 100, bands: 32 }), /multiple of bands/);
  });
});
