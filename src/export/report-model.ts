// Dossier -> report model: what a journalist reads, in a reader's order (corpus, claims that matter, articles,
// timeline, entities), with every cross-reference resolved so the renderers only lay it out.
import type { Claim, Cluster, Dossier, Entity, TimelineEntry } from '../core/dossier.js';
import type { Article, Rejection } from '../core/types.js';
import { anchorFor, asNumber } from './untrusted.js';
import { compareDates, ENTITY_TYPES, truncate } from './wording.js';

/** How the report points at an article. */
export interface ArticleRef {
  readonly id: string;
  /** The HTML id / Markdown anchor of the article's section. */
  readonly anchor: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language: string;
  /** True when the article copies another one of the corpus. */
  readonly isCopy: boolean;
}

/** How the report points at a cluster. */
export interface ClusterRef {
  readonly id: string;
  readonly anchor: string;
  readonly label: string;
}

/** One claim quoted with where it comes from; the same words in other articles (copies, wire republications) are folded into `alsoIn`. */
export interface QuotedClaim {
  readonly id: string;
  readonly text: string;
  readonly modality: Claim['modality'];
  readonly article: ArticleRef;
  readonly alsoIn: readonly ArticleRef[];
  /** Who vouches for it, or null when the article states it in its own voice. */
  readonly source: { readonly name: string; readonly kind: string; readonly via: readonly string[] } | null;
  readonly cue: string | null;
}

/** A cluster that this one contradicts, from this cluster's point of view. */
export interface Contradiction {
  /** "denied-by": the other cluster holds the denial; "denies": this one does; "contradicts": neither is worded as a denial. */
  readonly relation: 'denied-by' | 'denies' | 'contradicts';
  readonly cluster: ClusterRef;
  /** The denials when the other cluster denies this one, else a few of its claims. */
  readonly quotes: readonly QuotedClaim[];
  /** How many of the other cluster's quotes are not shown here (they are under its own entry). */
  readonly moreCount: number;
}

/** A claim across articles. */
export interface ClusterReport extends ClusterRef {
  /** Its place in the list of claims that matter, from 1. */
  readonly number: number;
  readonly articleCount: number;
  /** Articles of the cluster that are copies of another article of the cluster. */
  readonly copyCount: number;
  readonly independentOrigins: number;
  readonly origins: readonly string[];
  /** The earliest origin: who first said it, in which article, when (null when the cluster names none). */
  readonly firstSaid: { readonly by: string; readonly article: ArticleRef; readonly published: string | null } | null;
  /** Most frequent first. */
  readonly modalities: readonly { readonly modality: Claim['modality']; readonly count: number }[];
  /** In article order, then text order. */
  readonly claims: readonly QuotedClaim[];
  readonly contradictions: readonly Contradiction[];
}

/** A claim found in one article only and contradicting nothing, listed compactly. */
export interface MinorClaim extends ClusterRef {
  readonly modality: Claim['modality'] | null;
  readonly source: string | null;
}

/** Part of an explanation: text, or an article id resolved to the article. */
export type Segment = string | ArticleRef;

/** A flagged warning sign with its evidence. */
export interface SignalReport {
  readonly name: string;
  readonly score: number;
  readonly explanation: readonly Segment[];
  /** The evidence spans' text, each shortened to a readable quote. */
  readonly evidence: readonly string[];
}

/** One article with everything a reader should know before trusting it. */
export interface ArticleReport extends ArticleRef {
  readonly author: string | null;
  /** The input file, relative to `corpus.folder`. */
  readonly path: string;
  readonly url: string | null;
  readonly duplicateOf: { readonly article: ArticleRef; readonly similarity: number | null } | null;
  readonly copies: readonly { readonly article: ArticleRef; readonly similarity: number | null }[];
  readonly signals: readonly SignalReport[];
  /** Removed boilerplate by kind, most frequent first. */
  readonly removed: readonly { readonly kind: string; readonly count: number }[];
  readonly comments: number;
  readonly credits: readonly { readonly name: string; readonly of: 'text' | 'photo' }[];
  readonly claimCount: number;
  /** The claims that matter this article takes part in, by their number. */
  readonly clusters: readonly (ClusterRef & { readonly number: number })[];
}

/** A dated expression with the sentence around it. */
export interface TimelineItem {
  readonly date: string;
  readonly until: string | null;
  readonly article: ArticleRef;
  /** Other articles with the same sentence and date (copies). */
  readonly alsoIn: readonly ArticleRef[];
  /** The sentence split around the dated expression: before + expression + after. */
  readonly before: string;
  readonly expression: string;
  readonly after: string;
}

/** The entries of one date. */
export interface TimelineDay {
  readonly date: string;
  readonly items: readonly TimelineItem[];
}

/** One entity, counted. */
export interface EntityReport {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly articleCount: number;
  readonly mentionCount: number;
}

/** The entities of one type. */
export interface EntityGroup {
  readonly type: Entity['type'];
  readonly title: string;
  readonly entities: readonly EntityReport[];
}

/** Everything the report shows, sorted for reading. */
export interface ReportModel {
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly dossierVersion: string;
  readonly corpus: {
    /** The folder every input is in, or "" when they share none. */
    readonly folder: string;
    readonly files: number;
    readonly articles: number;
    /** Most frequent first. */
    readonly languages: readonly { readonly code: string; readonly count: number }[];
    readonly firstDate: string | null;
    readonly lastDate: string | null;
    readonly undated: number;
    readonly copies: number;
    readonly rejected: readonly Rejection[];
    readonly skipped: number;
  };
  /** Clusters with two articles or more, or a contradiction: most articles first, then most independent origins. */
  readonly claims: readonly ClusterReport[];
  /** Every other cluster, grouped by article in article order. */
  readonly minorClaims: readonly { readonly article: ArticleRef; readonly claims: readonly MinorClaim[] }[];
  /** Oldest first, undated last. */
  readonly articles: readonly ArticleReport[];
  readonly timeline: readonly TimelineDay[];
  readonly entities: readonly EntityGroup[];
}

const MAX_EVIDENCE_CHARS = 320;
const MAX_CONTRADICTION_QUOTES = 3;
const MAX_CONTEXT_CHARS = 320;

/** Builds the report model of a dossier (which it does not change). */
export function buildReportModel(dossier: Dossier): ReportModel {
  const articles = [...dossier.articles].sort(byDateThenTitle);
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const refs = new Map(articles.map((a) => [a.id, articleRef(a)]));
  const refOf = (id: string): ArticleRef => refs.get(id) ?? { id, anchor: articleAnchor(id), title: `(article ${id}, not in the dossier)`, outlet: null, published: null, language: 'und', isCopy: false };
  const claimsById = new Map(dossier.claims.map((c) => [c.id, c]));
  const clustersById = new Map(dossier.clusters.map((k) => [k.id, k]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const folder = commonFolder(articles.map((a) => a.source.path));

  const quote = (c: Claim): QuotedClaim => ({
    id: c.id,
    text: c.text,
    modality: c.modality,
    article: refOf(c.article),
    alsoIn: [],
    source: c.attribution ? { name: c.attribution.source.name, kind: c.attribution.source.kind, via: c.attribution.via ?? [] } : null,
    cue: c.attribution?.cue ?? null,
  });
  const quotes = (members: readonly Claim[]): QuotedClaim[] => foldSameWords(members.map(quote));
  const claimsOf = (k: Cluster): Claim[] =>
    k.claims
      .map((id) => claimsById.get(id))
      .filter((c): c is Claim => c !== undefined)
      .sort((a, b) => (articleOrder.get(a.article) ?? Infinity) - (articleOrder.get(b.article) ?? Infinity) || a.start - b.start);
  const hasDenial = (k: Cluster): boolean => claimsOf(k).some((c) => c.modality === 'denied');

  // A claim matters when two articles say it that are not copies of one another (a copy's claims are its original's),
  // or when something contradicts it.
  const originals = (k: Cluster): number => {
    const inCluster = new Set(k.articles);
    return k.articles.filter((id) => !rootsIn(id, inCluster)).length;
  };
  const rootsIn = (id: string, inCluster: ReadonlySet<string>): boolean => {
    const seen = new Set<string>();
    for (let d = byId.get(id)?.duplicateOf; d != null && !seen.has(d); d = byId.get(d)?.duplicateOf) {
      if (inCluster.has(d)) return true;
      seen.add(d);
    }
    return false;
  };
  const matters = (k: Cluster): boolean => originals(k) >= 2 || k.contradicts.length > 0;
  const firstSaid = (k: Cluster): ClusterReport['firstSaid'] => {
    const dated = k.origins.filter((o) => o.firstArticle !== undefined && byId.has(o.firstArticle));
    const first = [...dated].sort((a, b) => (a.firstPublished ?? '9999').localeCompare(b.firstPublished ?? '9999') || (articleOrder.get(a.firstArticle!) ?? 0) - (articleOrder.get(b.firstArticle!) ?? 0))[0];
    return first ? { by: first.name, article: refOf(first.firstArticle!), published: first.firstPublished ?? null } : null;
  };
  const claims = dossier.clusters
    .filter(matters)
    .map((k): Omit<ClusterReport, 'number'> => {
      const members = claimsOf(k);
      const contradictions = k.contradicts
        .map((id) => clustersById.get(id))
        .filter((o): o is Cluster => o !== undefined)
        .map((o): Contradiction => {
          const relation = hasDenial(o) && !hasDenial(k) ? 'denied-by' : hasDenial(k) && !hasDenial(o) ? 'denies' : 'contradicts';
          const all = quotes(claimsOf(o));
          const shown = relation === 'denied-by' ? all.filter((q) => q.modality === 'denied') : all.slice(0, MAX_CONTRADICTION_QUOTES);
          return { relation, cluster: clusterRef(o), quotes: shown, moreCount: all.length - shown.length };
        });
      const inCluster = new Set(k.articles);
      return {
        ...clusterRef(k),
        articleCount: k.articles.length,
        copyCount: k.articles.filter((id) => { const d = byId.get(id)?.duplicateOf; return d != null && inCluster.has(d); }).length,
        independentOrigins: asNumber(k.independentOrigins),
        origins: k.origins.map((o) => o.name),
        firstSaid: firstSaid(k),
        modalities: countModalities(members),
        claims: quotes(members),
        contradictions,
      };
    })
    // Most independent origins first: ten outlets repeating one report weigh less than three sources.
    .sort((a, b) => b.independentOrigins - a.independentOrigins || b.articleCount - a.articleCount || a.id.localeCompare(b.id))
    .map((k, i): ClusterReport => ({ ...k, number: i + 1 }));

  const minorByArticle = new Map<string, MinorClaim[]>();
  for (const k of dossier.clusters) {
    if (matters(k)) continue;
    const first = claimsOf(k)[0];
    const article = k.articles[0] ?? first?.article;
    if (article === undefined) continue;
    const list = minorByArticle.get(article) ?? [];
    list.push({ ...clusterRef(k), modality: first?.modality ?? null, source: first?.attribution?.source.name ?? null });
    minorByArticle.set(article, list);
  }
  const minorClaims = [...minorByArticle.entries()]
    .sort(([a], [b]) => (articleOrder.get(a) ?? Infinity) - (articleOrder.get(b) ?? Infinity))
    .map(([id, list]) => ({ article: refOf(id), claims: list }));

  const clustersOfArticle = new Map<string, ArticleReport['clusters'][number][]>();
  for (const k of claims) for (const id of new Set(k.claims.flatMap((c) => [c.article.id, ...c.alsoIn.map((a) => a.id)]))) {
    const list = clustersOfArticle.get(id) ?? [];
    list.push({ id: k.id, anchor: k.anchor, label: k.label, number: k.number });
    clustersOfArticle.set(id, list);
  }
  const claimCount = new Map<string, number>();
  for (const c of dossier.claims) claimCount.set(c.article, (claimCount.get(c.article) ?? 0) + 1);

  const articleReports = articles.map((a): ArticleReport => ({
    ...refOf(a.id),
    author: a.author,
    path: a.source.path.slice(folder.length),
    url: a.source.url,
    duplicateOf: a.duplicateOf ? { article: refOf(a.duplicateOf), similarity: a.similarity } : null,
    copies: articles.filter((o) => o.duplicateOf === a.id).map((o) => ({ article: refOf(o.id), similarity: o.similarity })),
    signals: a.signals
      .filter((s) => s.flag)
      .map((s) => ({ name: s.name, score: s.score, explanation: resolveArticleIds(s.explanation, refs), evidence: s.evidence.map((e) => truncate(e.text.trim(), MAX_EVIDENCE_CHARS)) })),
    removed: countBy(a.removed.map((r) => r.kind)).map(([kind, count]) => ({ kind, count })),
    comments: a.comments.length,
    credits: a.credits.map((c) => ({ name: c.name, of: c.of })),
    claimCount: claimCount.get(a.id) ?? 0,
    clusters: clustersOfArticle.get(a.id) ?? [],
  }));

  const dated = articles.map((a) => a.published).filter((d): d is string => d !== null).sort(compareDates);
  return {
    generatedAt: dossier.generatedAt,
    toolVersion: dossier.tool.version,
    dossierVersion: dossier.version,
    corpus: {
      folder,
      files: asNumber(dossier.inputs.files),
      articles: articles.length,
      languages: countBy(articles.map((a) => a.language)).map(([code, count]) => ({ code, count })),
      firstDate: dated[0] ?? null,
      lastDate: dated.at(-1) ?? null,
      undated: articles.length - dated.length,
      copies: articles.filter((a) => a.duplicateOf !== null).length,
      rejected: dossier.inputs.rejected,
      skipped: dossier.inputs.skipped.length,
    },
    claims,
    minorClaims,
    articles: articleReports,
    timeline: buildTimeline(dossier.timeline, byId, refOf, (id) => articleOrder.get(id) ?? Infinity),
    entities: buildEntities(dossier.entities),
  };
}

/** The anchor of an article's section: "article-a_…", or a hash for an id that is not a plain token. */
export function articleAnchor(id: string): string {
  return anchorFor('article', id);
}

/** The anchor of a cluster's entry: "claim-k_…", or a hash for an id that is not a plain token. */
export function clusterAnchor(id: string): string {
  return anchorFor('claim', id);
}

function articleRef(a: Article): ArticleRef {
  return { id: a.id, anchor: articleAnchor(a.id), title: a.title.trim() || '(untitled)', outlet: a.outlet, published: a.published, language: a.language, isCopy: a.duplicateOf !== null };
}

function clusterRef(k: Cluster): ClusterRef {
  return { id: k.id, anchor: clusterAnchor(k.id), label: k.label };
}

function byDateThenTitle(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    const order = compareDates(a.published, b.published);
    if (order !== 0) return order;
  }
  // an original before its copies, whose title is often the same
  return a.title.localeCompare(b.title) || Number(a.duplicateOf !== null) - Number(b.duplicateOf !== null) || a.id.localeCompare(b.id);
}

// [value, count] pairs, most frequent first, ties in first-seen order.
function countBy<T>(values: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function countModalities(claims: readonly Claim[]): ClusterReport['modalities'] {
  return countBy(claims.map((c) => c.modality)).map(([modality, count]) => ({ modality, count }));
}

// Text compared for "the same words": case, spacing and typographic apostrophes aside.
function wordsKey(text: string): string {
  return text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function sameWords(a: string, b: string): boolean {
  return wordsKey(a) === wordsKey(b);
}

// "/data/story/a.txt", "/data/story/web/b.html" -> "/data/story/"
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let prefix = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  for (const p of paths) while (prefix && !p.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  return prefix;
}

// The same sentence, modality and source in several articles is quoted once: a copy says nothing new.
function foldSameWords(quoted: readonly QuotedClaim[]): QuotedClaim[] {
  const key = (q: QuotedClaim): string => [wordsKey(q.text), q.modality, q.source?.name ?? ''].join('\u0000');
  const groups = new Map<string, { first: QuotedClaim; alsoIn: ArticleRef[] }>();
  for (const q of quoted) {
    const group = groups.get(key(q));
    if (!group) groups.set(key(q), { first: q, alsoIn: [] });
    else if (group.first.article.id !== q.article.id && !group.alsoIn.some((a) => a.id === q.article.id)) group.alsoIn.push(q.article);
  }
  return [...groups.values()].map(({ first, alsoIn }) => ({ ...first, alsoIn }));
}

// "A copy (similarity 0.892) of article a_7b0d4ee47941cd94: ..." -> ["A copy (similarity 0.892) of article ", ref, ": ..."]
function resolveArticleIds(text: string, refs: ReadonlyMap<string, ArticleRef>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/\ba_[0-9a-f]{16}\b/g)) {
    const ref = refs.get(m[0]);
    if (!ref) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(ref);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function buildTimeline(entries: readonly TimelineEntry[], articles: ReadonlyMap<string, Article>, refOf: (id: string) => ArticleRef, orderOf: (id: string) => number): TimelineDay[] {
  const sorted = [...entries].sort(
    (a, b) => compareDates(a.date, b.date) || compareDates(a.until ?? '', b.until ?? '') || orderOf(a.article) - orderOf(b.article) || a.start - b.start,
  );
  const days: { date: string; items: (TimelineItem & { alsoIn: ArticleRef[] })[] }[] = [];
  for (const e of sorted) {
    const item: TimelineItem & { alsoIn: ArticleRef[] } = { date: e.date, until: e.until ?? null, article: refOf(e.article), alsoIn: [], ...sentenceAround(articles.get(e.article), e) };
    let day = days.at(-1);
    if (!day || day.date !== e.date) days.push((day = { date: e.date, items: [] }));
    // the same sentence in a copy is one event, not two
    const same = day.items.find((t) => t.until === item.until && sameWords(t.before + t.expression + t.after, item.before + item.expression + item.after));
    if (!same) day.items.push(item);
    else if (same.article.id !== item.article.id && !same.alsoIn.some((a) => a.id === item.article.id)) same.alsoIn.push(item.article);
  }
  return days;
}

// The sentence of the article that holds the dated expression, so "Monday" reads as "Xi arrived in Moscow on Monday ...".
function sentenceAround(article: Article | undefined, e: TimelineEntry): Pick<TimelineItem, 'before' | 'expression' | 'after'> {
  const text = article?.text;
  if (text === undefined || text.slice(e.start, e.end) !== e.text) return { before: '', expression: e.text, after: '' };
  let start = e.start;
  while (start > 0 && !/[\n.!?]/.test(text[start - 1]!) && e.start - start < MAX_CONTEXT_CHARS) start--;
  let end = e.end;
  while (end < text.length && text[end] !== '\n' && e.end - end > -MAX_CONTEXT_CHARS) {
    end++;
    if (/[.!?]/.test(text[end - 1]!) && (end === text.length || /\s/.test(text[end]!))) break;
  }
  const before = text.slice(start, e.start).replace(/^\s+/, '');
  const after = text.slice(e.end, end).replace(/\s+$/, '');
  return { before: (start > 0 && !/[\n.!?]/.test(text[start - 1]!) ? '…' : '') + before, expression: e.text, after };
}

function buildEntities(entities: readonly Entity[]): EntityGroup[] {
  return ENTITY_TYPES.map(([type, title]) => ({
    type,
    title,
    entities: entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, articleCount: new Set(e.mentions.map((m) => m.article)).size, mentionCount: e.mentions.length }))
      .sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
  })).filter((g) => g.entities.length > 0);
}
