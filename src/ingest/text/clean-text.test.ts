import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from './clean-text.js';

// A republished report with its trailer and a wpDiscuz-style comment thread (our own sentences).
const republished = [
  'Des drones chinois livrés à Moscou, selon un rapport',
  '',
  'Accueil » Monde » Europe',
  '',
  'Des drones chinois livrés à Moscou, selon un rapport',
  '',
  'Le quotidien a affirmé que des registres douaniers montraient des livraisons de drones.',
  '',
  'Pékin dément toute aide militaire à la Russie. ( Crédit : Agence Exemple)',
  '',
  'Découvrez notre dossier complet ICI',
  '',
  'Crédit photo : capture d’écran d’une chaîne locale',
  'Китайские дроны доставлены в Москву',
  '',
  'La rédaction retirera d’office tout commentaire injurieux ou diffamatoire.',
  'S’abonner',
  'Notification pour',
  'guest',
  'Ce site utilise Akismet pour réduire les indésirables.',
  '3 Commentaires',
  'Le plus récent',
  'Le plus ancien Le plus populaire',
  'Commentaires en ligne',
  'Afficher tous les commentaires',
  'Marc Dubois',
  '',
  'Encore une preuve que les sanctions ne servent à rien.',
  'Il faut agir.',
  '',
  'Sophie',
  'Je ne crois pas un mot de cet article.',
].join('\n');

describe('cleanText on a republication with a comment thread', () => {
  const r = cleanText(republished);
  it('takes the first line as the title', () => assert.equal(r.title, 'Des drones chinois livrés à Moscou, selon un rapport'));
  it('keeps the body sentences', () => {
    assert.ok(r.text.includes('Le quotidien a affirmé que des registres douaniers'));
    assert.ok(r.text.includes('Pékin dément toute aide militaire à la Russie.'));
  });
  const dropped: [string, string][] = [
    ['Accueil » Monde', 'breadcrumb'],
    ['Découvrez notre dossier complet ICI', 'teaser'],
    ['Crédit photo', 'credit'],
    ['( Crédit : Agence Exemple)', 'credit'],
    ['Китайские', 'title-translation'],
    ['retirera d’office tout commentaire', 'moderation'],
    ['Akismet', 'moderation'],
    ['S’abonner', 'comment-chrome'],
    ['Notification pour', 'comment-chrome'],
    ['3 Commentaires', 'comment-chrome'],
    ['Le plus ancien Le plus populaire', 'comment-chrome'],
    ['Afficher tous les commentaires', 'comment-chrome'],
    ['Encore une preuve que les sanctions', 'comments'],
    ['Je ne crois pas un mot', 'comments'],
  ];
  for (const [phrase, kind] of dropped) {
    it(`removes "${phrase}" as ${kind} and keeps it aside`, () => {
      assert.ok(!r.text.includes(phrase), `still in text: ${phrase}`);
      assert.ok(r.removed.some((x) => x.kind === kind && x.text.includes(phrase)), `not in removed as ${kind}`);
    });
  }
  it('drops the title repeated as the first body line', () => {
    assert.ok(r.removed.some((x) => x.kind === 'title-repeat'));
    assert.equal(r.text.split('Des drones chinois livrés à Moscou').length, 1);
  });
  it('reads comments with their authors', () => {
    assert.deepEqual(r.comments, [
      { author: 'Marc Dubois', text: 'Encore une preuve que les sanctions ne servent à rien.\nIl faut agir.' },
      { author: 'Sophie', text: 'Je ne crois pas un mot de cet article.' },
    ]);
  });
  it('keeps credits as provenance hints', () => {
    assert.deepEqual(r.credits.map((c) => [c.name, c.of]), [
      ['Agence Exemple', 'text'],
      ['capture d’écran d’une chaîne locale', 'photo'],
    ]);
  });
});

describe('cleanText header lines and titles', () => {
  const rows: [string, string, { title: string | null; date: string | null; author?: string | null; textStart: string }][] = [
    ['a date line holding the title', ' date 2024-09 Un titre sur la même ligne.\n\nLe corps commence ici.', { title: 'Un titre sur la même ligne.', date: '2024-09', textStart: 'Le corps' }],
    ['a date line alone', 'Publié le 21 mars 2023\nLe titre\nLe corps de l’article.', { title: 'Le titre', date: '21 mars 2023', textStart: 'Le corps' }],
    ['an English byline', 'The headline\nBy Jane Doe\nThe body starts here.', { title: 'The headline', date: null, author: 'Jane Doe', textStart: 'The body' }],
    ['markdown emphasis around the title', '**”X”, un titre**\nLe corps.', { title: '”X”, un titre', date: null, textStart: 'Le corps' }],
    ['a first line too long to be a title', `${'mot '.repeat(80)}fin.`, { title: null, date: null, textStart: 'mot mot' }],
  ];
  for (const [name, input, want] of rows) {
    it(name, () => {
      const r = cleanText(input);
      assert.equal(r.title, want.title);
      assert.equal(r.headerDate, want.date);
      if (want.author !== undefined) assert.equal(r.author, want.author);
      assert.ok(r.text.startsWith(want.textStart), r.text);
    });
  }
});

describe('cleanText leaves body sentences alone', () => {
  const rows: string[] = [
    'Le ministère a publié une note sur les cookies de suivi utilisés par les sites d’État, que les enquêteurs ont examinés pendant trois mois.',
    'Il est arrivé ici mardi avec une délégation.',
    'Les commentaires du ministre ont surpris les diplomates présents à Moscou.',
    'Partenariat illimité',
    'He said he would follow the team on Twitter and beyond every day of the tour.',
    'The first results appeared in the journal Nature last week.',
  ];
  for (const line of rows) {
    it(`keeps "${line.slice(0, 40)}..."`, () => {
      const r = cleanText(`Titre\n\nPremier paragraphe du corps de l’article, assez long pour compter.\n\n${line}`);
      assert.ok(r.text.includes(line), r.removed.map((x) => x.rule).join(','));
    });
  }
  it('does not open a comment thread from a comment count under the title', () => {
    const r = cleanText('Titre\n12 commentaires\nLe corps de l’article continue ici.\nEt encore une phrase du corps.');
    assert.ok(r.text.includes('Le corps de l’article continue ici.'));
    assert.equal(r.comments.length, 0);
  });
});

describe('cleanText header blocks under the title', () => {
  const rows: [string, string, { date: string | null; author: string | null; outlet: string | null }][] = [
    ['outlet, date and byline on three lines', 'Le titre\nBaltic Ledger\nMarch 21, 2023\nBy Anneli Roos\n\nThe body.', { date: 'March 21, 2023', author: 'Anneli Roos', outlet: 'Baltic Ledger' }],
    ['one line with pipes', 'Le titre\nL’Observateur | Publié le 28/09/2024 à 14:05 | Par Théo Landrieu\nLe corps.', { date: '28/09/2024', author: 'Théo Landrieu', outlet: 'L’Observateur' }],
    ['outlet, date and time with dashes', 'Le titre\nNouvelles de l’Est - 21 mars 2023 - 18:20\nLe corps.', { date: '21 mars 2023', author: null, outlet: 'Nouvelles de l’Est' }],
    ['a staff byline and an update time', 'Le titre\nInfo-Horizon 24 — Monde\nPublié le 27 septembre 2024 à 08h12 · Mis à jour à 09h40\nPar la rédaction d’Info-Horizon 24\nLe corps.', { date: '27 septembre 2024', author: null, outlet: 'Info-Horizon 24' }],
    ['a short first body line is not an outlet', 'Le titre\nPartenariat illimité\nLe corps de l’article suit.', { date: null, author: null, outlet: null }],
  ];
  for (const [name, input, want] of rows) {
    it(name, () => {
      const r = cleanText(input);
      assert.deepEqual({ date: r.headerDate, author: r.author, outlet: r.outlet }, want);
      assert.ok(r.text.startsWith(want.outlet || want.date ? 'The body'.slice(0, 0) : 'Partenariat'));
      if (want.date) assert.ok(!r.text.includes(want.date));
    });
  }
});

describe('cleanText header with a 12-hour time', () => {
  it('reads "Published March 22, 2023, 6:10 a.m." under an outlet line', () => {
    const r = cleanText('A title\nNorthbridge Daily Wire - World\nPublished March 22, 2023, 6:10 a.m.\n\nThe body.');
    assert.deepEqual([r.headerDate, r.outlet, r.text], ['March 22, 2023', 'Northbridge Daily Wire', 'The body.']);
  });
});

describe('cleanText on an article in another script', () => {
  it('keeps the lines of an article written in Cyrillic', () => {
    const r = cleanText('Заголовок статьи\n\nМинистерство обороны заявило во вторник, что поставки продолжаются.\nВторая строка статьи.');
    assert.equal(r.removed.length, 0);
    assert.ok(r.text.includes('Вторая строка статьи.'));
  });
});

describe('cleanText share lists and related headlines', () => {
  it('removes "Share this article: Facebook | X | Email" and the headlines under "Related Articles"', () => {
    const r = cleanText('A title\n\nThe body says something.\nShare this article: Facebook | X | Email\nRelated Articles\nLeaders hail a new era of partnership\nSanctions widen to drone makers\nThe body goes on here.');
    assert.equal(r.text, 'The body says something.\nThe body goes on here.');
    assert.deepEqual(r.removed.map((x) => x.rule), ['share-list', 'related-heading', 'related-item', 'related-item']);
  });
});

describe('cleanText headlines closing a text', () => {
  it('removes a run of "Topic : headline" teasers at the end, and keeps them in removed', () => {
    const r = cleanText('Un titre\n\nLe corps dit quelque chose.\n\nIl continue ici.\n\nMarchés : la bourse recule encore\n\nMétéo : un week-end pluvieux sur la Bretagne\n\nSport : le club local se qualifie pour la finale');
    assert.equal(r.text, 'Le corps dit quelque chose.\n\nIl continue ici.');
    assert.deepEqual(r.removed.map((x) => [x.kind, x.rule]), [['related', 'trailing-headlines'], ['related', 'trailing-headlines'], ['related', 'trailing-headlines']]);
  });
  it('keeps a closing list that is not a list of links (two lines, or no "Topic : headline" shape)', () => {
    const two = cleanText('Un titre\n\nLe corps dit quelque chose.\n\nMarchés : la bourse recule\n\nMétéo : un week-end pluvieux');
    assert.match(two.text, /Météo/);
    const plain = cleanText('Un titre\n\nLe corps dit quelque chose.\n\nLes points clés\n\nLa bourse recule\n\nLe week-end sera pluvieux');
    assert.match(plain.text, /week-end/);
  });
});

describe('cleanText social lines and the first publisher', () => {
  it('removes "Follow X on Twitter", a menu of social links and "Scroll down for video"', () => {
    const r = cleanText('A title\n\nThe body says something.\nFollow Reuters on Twitter.\nLike Us On Facebook | Follow Us On Twitter | Contact The Author\nScroll down for video\nSuivez-nous sur Instagram\nThe body goes on here.');
    assert.equal(r.text, 'The body says something.\nThe body goes on here.');
    assert.deepEqual(r.removed.map((x) => x.rule), ['follow-us', 'follow-us', 'scroll-for', 'follow-us']);
  });

  it('keeps "This article originally appeared at Reuters." as a credit naming Reuters', () => {
    const r = cleanText('A title\n\nThe body says something.\nThis article originally appeared at Reuters.');
    assert.equal(r.text, 'The body says something.');
    assert.deepEqual(r.credits, [{ text: 'This article originally appeared at Reuters.', name: 'Reuters', of: 'text' }]);
    assert.equal(cleanText("Un titre\n\nLe corps dit quelque chose.\nCet article a d'abord été publié par Le Monde.").credits[0]?.name, 'Le Monde');
  });
});

describe('cleanText credited images and lines of related links or tags', () => {
  it('removes "Rendering of X by Name" and "Photo illustration par Name" as captions', () => {
    const r = cleanText('A title\n\nThe body says something.\nRendering of the new phone done by Karl Vesten\nPhoto illustration par Jeanne Morel\nThe body goes on here.');
    assert.equal(r.text, 'The body says something.\nThe body goes on here.');
    assert.deepEqual(r.removed.map((x) => [x.kind, x.rule]), [['caption', 'credited-image'], ['caption', 'credited-image']]);
  });
  it('keeps a sentence of the body that credits an image with a verb', () => {
    const r = cleanText('A title\n\nThe body says something.\nA photo was posted by Kim Doe.');
    assert.match(r.text, /posted by Kim Doe/);
  });
  it('removes "Related: headline", "Related roundups: ..." and "Tags: ..." as related', () => {
    const r = cleanText("A title\n\nThe body says something.\nRelated: Why the new watch changes everything\nRelated roundups: Laptops, Watches, Tags: Jane Roe, Acme Corp\nMots-clés : énergie, climat\nThe body goes on here.");
    assert.equal(r.text, 'The body says something.\nThe body goes on here.');
    assert.deepEqual(r.removed.map((x) => [x.kind, x.rule]), [['related', 'related-line'], ['related', 'related-line'], ['related', 'related-line']]);
  });
});
