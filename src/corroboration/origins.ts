// True origins of a claim: who it really comes from, following attributions, credits, copies and shared passages.
// Ten articles repeating one Reuters report are one origin; ten copies of a blog post are one.
import type { Claim, Entity } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { aroundOf } from './by-position.js';

/** One ultimate source of a claim. */
export interface Origin {
  readonly key: string;
  readonly name: string;
  /** How it was found: "attribution", "credit", "copy", "article". */
  readonly via: string;
  /**
   * What the source is: a named source's kind (media, person, organization, government, document), "credit" (the
   * agency a text is credited to), "outlet" (the publisher's own voice) or "unnamed" (the publisher's anonymous or
   * vague sources: "selon des sources", "les médias").
   */
  readonly kind: string;
  /** The article the claim first appeared in: the original of a copy or of a shared passage, else its own. */
  readonly article: string;
}

/** One origin of a cluster: who, what kind, where it first appears and which members rest on it. */
export interface ClusterOrigin {
  readonly name: string;
  readonly kind: string;
  /** The earliest article (by publication date, then the corpus's order) of the members resting on it. */
  readonly firstArticle: string;
  readonly firstPublished: string | null;
  readonly claims: readonly string[];
}

/**
 * The independent origins of a cluster's members. One origin per root source: the same key, or the same name under
 * two keys (a source named without its entity), is one. A publisher's own voice and its unnamed sources ("selon des
 * sources") are one origin of that publisher, and they count only when no member names a source or a credit: ten
 * outlets repeating a Reuters report, some without saying so, have one origin, Reuters. Copies already carry their
 * original's origins (claimOrigins).
 */
export function clusterOrigins(origins: ReadonlyMap<string, Origin>, articles: ReadonlyMap<string, Article>): (members: readonly Claim[]) => ClusterOrigin[] {
  const order = new Map([...articles.keys()].map((id, i) => [id, i])); // once: per cluster it was quadratic
  return (members) => originsOf(members, origins, articles, order);
}

function originsOf(members: readonly Claim[], origins: ReadonlyMap<string, Origin>, articles: ReadonlyMap<string, Article>, order: ReadonlyMap<string, number>): ClusterOrigin[] {
  const rooted = members.flatMap((m) => {
    const o = origins.get(m.id);
    return o ? [{ m, o }] : [];
  });
  const named = rooted.some(({ o }) => o.kind !== 'outlet' && o.kind !== 'unnamed');
  const kept = named ? rooted.filter(({ o }) => o.kind !== 'outlet' && o.kind !== 'unnamed') : rooted;
  const byKey = new Map<string, { origin: Origin; members: { m: Claim; o: Origin }[] }>();
  const keyOfName = new Map<string, string>();
  for (const item of kept) {
    const { o } = item;
    const key = byKey.has(o.key) ? o.key : (keyOfName.get(fold(o.name)) ?? o.key);
    const group = byKey.get(key);
    if (group) group.members.push(item);
    else {
      byKey.set(key, { origin: o, members: [item] });
      keyOfName.set(fold(o.name), key);
    }
  }
  // Where the members' text first appeared (a copy's original, not the copy): the earliest published, then the
  // earliest in the corpus's order.
  const earlier = (x: string, y: string): boolean => {
    const [a, b] = [articles.get(x)?.published ?? '9999', articles.get(y)?.published ?? '9999'];
    return a < b || (a === b && (order.get(x) ?? 0) < (order.get(y) ?? 0));
  };
  return [...byKey.values()].map(({ origin, members: resting }) => {
    const first = resting.reduce((best, { o }) => (earlier(o.article, best) ? o.article : best), resting[0]!.o.article);
    return {
      name: origin.name,
      kind: origin.kind,
      firstArticle: first,
      firstPublished: articles.get(first)?.published ?? null,
      claims: resting.map(({ m }) => m.id),
    };
  });
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:(?:the|le|la|les)\s+|l'\s*)/, '').replace(/\s+/g, ' ').trim();

/** Computes the origin of each claim of a corpus. */
export function claimOrigins(claims: readonly Claim[], articles: readonly Article[], entities: readonly Entity[]): Map<string, Origin> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  // "Crédit : Reuters" and "selon Reuters" are one origin: publishers and credits are matched to entities by name.
  const entityByName = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!entityByName.has(fold(n))) entityByName.set(fold(n), e);
  const out = new Map<string, Origin>();
  const passagesOf = new Map<string, (claim: Claim) => Article['sharedPassages'][number] | undefined>();
  for (const c of claims) {
    const article = byId.get(c.article);
    if (!article) continue;
    const a = c.attribution;
    const named = a && !['anonymous', 'vague'].includes(a.source.kind);
    if (a && named) {
      const name = a.source.entity ? entityName.get(a.source.entity) ?? a.source.name : a.source.name;
      out.set(c.id, { key: a.source.entity ?? `name:${fold(a.source.name)}`, name, via: 'attribution', kind: a.source.kind, article: c.article });
      continue;
    }
    // Unnamed or no source: the claim is the publisher's, or that of the article it was copied or credited from.
    let around = passagesOf.get(article.id);
    if (!around) passagesOf.set(article.id, (around = passageAround(article, byId)));
    const root = originalOf(article, c, byId, around);
    const credit = root.credits.find((k) => k.of === 'text');
    const publisher = credit?.name ?? root.outlet ?? `« ${root.title.length > 60 ? `${root.title.slice(0, 59)}…` : root.title} »`;
    const known = entityByName.get(fold(publisher));
    // The publisher's unnamed sources are the publisher's: one origin with its own voice, not one per phrasing.
    out.set(c.id, {
      key: known ? known.id : `${credit ? 'credit' : 'article'}:${fold(publisher)}`,
      name: publisher,
      via: credit ? 'credit' : root !== article ? 'copy' : 'article',
      kind: credit ? 'credit' : a ? 'unnamed' : 'outlet',
      article: root.id,
    });
  }
  return out;
}

// The article a claim was first published in: follow exact and near copies, then passages shared with an earlier
// article that contain the claim.
function originalOf(article: Article, claim: Claim, byId: ReadonlyMap<string, Article>, passageAround: (claim: Claim) => Article['sharedPassages'][number] | undefined): Article {
  let current = article;
  const seen = new Set<string>();
  while (current.duplicateOf && byId.has(current.duplicateOf) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.duplicateOf)!;
  }
  if (current !== article) return current;
  const passage = passageAround(claim);
  return passage ? byId.get(passage.article)! : article;
}

type Passage = Article['sharedPassages'][number];

/**
 * The first of an article's shared passages (in its list's order) that holds a claim and comes from an earlier
 * article, found by position in each other article's passages (they do not overlap): reading them all for every claim
 * was quadratic in the length of an article that shares many passages.
 */
function passageAround(article: Article, byId: ReadonlyMap<string, Article>): (claim: Claim) => Passage | undefined {
  const groups = new Map<string, { start: number; end: number; p: Passage; i: number }[]>();
  article.sharedPassages.forEach((p, i) => {
    if (!earlier(byId.get(p.article), article)) return;
    const item = { start: p.start, end: p.end, p, i };
    const list = groups.get(p.article);
    if (list) list.push(item);
    else groups.set(p.article, [item]);
  });
  const lookups = [...groups.values()].map((list) => aroundOf(list));
  return (claim) => {
    let best: { p: Passage; i: number } | undefined;
    for (const around of lookups) {
      const first = around(claim.start, claim.end)[0];
      if (first && (!best || first.i < best.i)) best = first;
    }
    return best?.p;
  };
}

function earlier(other: Article | undefined, article: Article): boolean {
  if (!other) return false;
  if (other.published && article.published) return other.published < article.published;
  return other.published !== null && article.published === null;
}
