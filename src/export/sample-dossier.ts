// A small dossier written by hand for the report tests: a wire story, its copy, a denial, an undated blog.
// Every span is computed from the text, so offsets always match.
import type { Claim, Cluster, Dossier, Entity, TimelineEntry } from '../core/dossier.js';
import type { Article, Signal } from '../core/types.js';

/** Article ids of the sample dossier. */
export const IDS = { wire: 'a_0000000000000001', copy: 'a_0000000000000002', denial: 'a_0000000000000003', blog: 'a_0000000000000004' } as const;

/** Cluster ids of the sample dossier, in the format recoupe writes ("k_" + 4 digits), numbered in the dossier's order. */
export const CLUSTERS = { denial: 'k_0001', helped: 'k_0002', lin: 'k_0003', war: 'k_0004', tested: 'k_0005' } as const;

/** Claim ids of the sample dossier, in the format recoupe writes ("c_" + 12 hex characters). */
export const CLAIMS = {
  testedWire: 'c_000000000001', testedCopy: 'c_000000000002', testedBlog: 'c_000000000003', warWire: 'c_000000000004', warCopy: 'c_000000000005',
  warFr: 'c_000000000006', denial: 'c_000000000007', lin: 'c_000000000008', helped: 'c_000000000009',
} as const;

const WIRE_TITLE = 'Drone plant <script>alert(1)</script> found in *China*';
const WIRE = `${WIRE_TITLE}\nA Russian maker tested a long-range drone in China on Thursday, according to Reuters.\nThe drones were meant for the war in Ukraine.\nLin Jian said he knew nothing of it.`;
const COPY = `Drone plant found in China\nA Russian maker tested a long-range drone in China on Thursday, according to Reuters.\nThe drones were meant for the war in Ukraine.`;
const DENIAL = `Pékin dément\nPékin dément avoir fourni des drones à la Russie.\nLes drones étaient destinés à la guerre en Ukraine.\nDes ingénieurs chinois auraient aidé le fabricant depuis 2023.`;
const BLOG = `# 1. Breaking | news\nEXPLOSIVE: China arms Russia, a report says!`;

function at(text: string, part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`sample dossier: "${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

function article(id: string, text: string, fields: Partial<Article>): Article {
  const title = text.slice(0, text.indexOf('\n'));
  return {
    id,
    source: { path: `/corpus/story/${id}.txt`, url: null, item: null },
    title,
    titleEvidence: null,
    language: 'en',
    published: null,
    publishedEvidence: null,
    outlet: null,
    author: null,
    encoding: 'utf-8',
    text,
    bodyStart: title.length + 1,
    removed: [],
    comments: [],
    credits: [],
    duplicateOf: null,
    similarity: null,
    sharedPassages: [],
    signals: [],
    ...fields,
  };
}

function claim(id: string, articleId: string, text: string, part: string, modality: Claim['modality'], cluster: string, source?: { name: string; kind: 'media' | 'person' | 'government' | 'vague'; cue: string }): Claim {
  const span = at(text, part);
  return { id, article: articleId, ...span, modality, attribution: source ? { source: { name: source.name, kind: source.kind }, cue: source.cue } : null, cluster };
}

const SENSATIONAL: Signal = { name: 'sensational', score: 1, flag: true, explanation: '1 alarmist term, 1 word in capitals.', evidence: [at(BLOG, 'EXPLOSIVE')] };

/** Builds the sample dossier (a new object each call). */
export function sampleDossier(): Dossier {
  const articles: Article[] = [
    // listed out of reading order on purpose: the blog (undated) first, the copy before its original
    article(IDS.blog, BLOG, { title: '# 1. Breaking | news', removed: [{ kind: 'cookie', text: 'We use cookies', rule: 'cookie' }, { kind: 'cookie', text: 'Accept', rule: 'cookie' }, { kind: 'comments', text: 'great post', rule: 'comments' }], comments: [{ author: 'x', text: 'great post' }, { author: null, text: 'fake' }], signals: [SENSATIONAL, { name: 'no-date', score: 0, flag: false, explanation: 'unused', evidence: [] }] }),
    article(IDS.copy, COPY, {
      outlet: 'Copycat News', published: '2024-09-27', duplicateOf: IDS.wire, similarity: 0.95,
      signals: [{ name: 'republished', score: 0.95, flag: true, explanation: `A copy (similarity 0.95) of article ${IDS.wire}: it is not an independent source.`, evidence: [at(COPY, 'The drones were meant for the war in Ukraine.')] }],
    }),
    article(IDS.wire, WIRE, { title: WIRE_TITLE, outlet: 'Wire One', published: '2024-09-26', author: 'A. Writer', source: { path: '/corpus/story/wire/1.txt', url: 'https://wire.example/1', item: null } }),
    article(IDS.denial, DENIAL, { language: 'fr', outlet: 'Le Quotidien', published: '2024-09-28' }),
  ];
  const claims: Claim[] = [
    claim(CLAIMS.testedWire, IDS.wire, WIRE, 'A Russian maker tested a long-range drone in China on Thursday, according to Reuters.', 'reported', CLUSTERS.tested, { name: 'Reuters', kind: 'media', cue: 'according to' }),
    claim(CLAIMS.testedCopy, IDS.copy, COPY, 'A Russian maker tested a long-range drone in China on Thursday, according to Reuters.', 'reported', CLUSTERS.tested, { name: 'Reuters', kind: 'media', cue: 'according to' }),
    claim(CLAIMS.testedBlog, IDS.blog, BLOG, 'EXPLOSIVE: China arms Russia, a report says!', 'reported', CLUSTERS.tested, { name: 'report', kind: 'vague', cue: 'says' }),
    claim(CLAIMS.warWire, IDS.wire, WIRE, 'The drones were meant for the war in Ukraine.', 'asserted', CLUSTERS.war),
    claim(CLAIMS.warCopy, IDS.copy, COPY, 'The drones were meant for the war in Ukraine.', 'asserted', CLUSTERS.war),
    claim(CLAIMS.warFr, IDS.denial, DENIAL, 'Les drones étaient destinés à la guerre en Ukraine.', 'asserted', CLUSTERS.war),
    claim(CLAIMS.denial, IDS.denial, DENIAL, 'Pékin dément avoir fourni des drones à la Russie.', 'denied', CLUSTERS.denial, { name: 'Pékin', kind: 'government', cue: 'dément' }),
    claim(CLAIMS.lin, IDS.wire, WIRE, 'Lin Jian said he knew nothing of it.', 'reported', CLUSTERS.lin, { name: 'Lin Jian', kind: 'person', cue: 'said' }),
    claim(CLAIMS.helped, IDS.denial, DENIAL, 'Des ingénieurs chinois auraient aidé le fabricant depuis 2023.', 'conditional', CLUSTERS.helped),
  ];
  const clusters: Cluster[] = [
    { id: CLUSTERS.denial, label: 'Pékin dément avoir fourni des drones à la Russie.', claims: [CLAIMS.denial], articles: [IDS.denial], origins: [{ name: 'Pékin' }], independentOrigins: 1, contradicts: [CLUSTERS.tested] },
    { id: CLUSTERS.helped, label: 'Des ingénieurs chinois auraient aidé le fabricant depuis 2023.', claims: [CLAIMS.helped], articles: [IDS.denial], origins: [{ name: 'Le Quotidien' }], independentOrigins: 1, contradicts: [] },
    { id: CLUSTERS.lin, label: 'Lin Jian said he knew nothing of it.', claims: [CLAIMS.lin], articles: [IDS.wire], origins: [{ name: 'Lin Jian' }], independentOrigins: 1, contradicts: [] },
    { id: CLUSTERS.war, label: 'The drones were meant for the war in Ukraine.', claims: [CLAIMS.warWire, CLAIMS.warCopy, CLAIMS.warFr], articles: [IDS.wire, IDS.copy, IDS.denial], origins: [{ name: 'Wire One' }, { name: 'Le Quotidien' }], independentOrigins: 2, contradicts: [] },
    { id: CLUSTERS.tested, label: 'A Russian maker tested a long-range drone in China', claims: [CLAIMS.testedBlog, CLAIMS.testedCopy, CLAIMS.testedWire], articles: [IDS.wire, IDS.copy, IDS.blog], origins: [{ name: 'Reuters' }, { name: 'Blog' }, { name: 'Wire One' }], independentOrigins: 3, contradicts: [CLUSTERS.denial] },
  ];
  const timeline: TimelineEntry[] = [
    { article: IDS.copy, date: '2024-09-26', ...at(COPY, 'Thursday') },
    { article: IDS.denial, date: '2023', ...at(DENIAL, '2023') },
    { article: IDS.wire, date: '2024-09-26', ...at(WIRE, 'Thursday') },
  ];
  const mention = (id: string, text: string, part: string) => ({ article: id, ...at(text, part) });
  const entities: Entity[] = [
    { id: 'e_000000000001', name: 'Russia', type: 'place', aliases: ['Russie'], mentions: [mention(IDS.wire, WIRE, 'Russian'), mention(IDS.denial, DENIAL, 'Russie')] },
    { id: 'e_000000000002', name: 'China', type: 'place', aliases: ['Pékin'], mentions: [mention(IDS.wire, WIRE, 'China'), mention(IDS.copy, COPY, 'China'), mention(IDS.denial, DENIAL, 'Pékin'), mention(IDS.blog, BLOG, 'China')] },
    { id: 'e_000000000003', name: 'Lin Jian', type: 'person', aliases: [], mentions: [mention(IDS.wire, WIRE, 'Lin Jian')] },
    { id: 'e_000000000004', name: 'Reuters', type: 'org', aliases: [], mentions: [mention(IDS.wire, WIRE, 'Reuters'), mention(IDS.copy, COPY, 'Reuters')] },
  ];
  return {
    format: 'recoupe-dossier',
    version: '1.0.0',
    generatedAt: '2024-10-01T08:30:00.000Z',
    tool: { name: 'recoupe', version: '0.1.0' },
    inputs: { files: 4, articles: 4, rejected: [{ path: '/corpus/story/photo.jpg', code: 'binary', reason: 'not text' }], skipped: [] },
    articles,
    entities,
    claims,
    clusters,
    timeline,
  };
}
