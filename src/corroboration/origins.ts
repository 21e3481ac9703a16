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
      out.set(c.id, { key: a.source.entity ?? `name:${fold(a.source.name)}`, name, via: 'attribution' });
      continue;
    }
    // Unnamed or no source: the claim is the publisher's, or that of the article it was copied or credited from.
    let around = passagesOf.get(article.id);
    if (!around) passagesOf.set(article.id, (around = passageAround(article, byId)));
    const root = originalOf(article, c, byId, around);
    const credit = root.credits.find((k) => k.of === 'text');
    const publisher = credit?.name ?? root.outlet ?? `« ${root.title.length > 60 ? `${root.title.slice(0, 59)}…` : root.title} »`;
    const suffix = a ? ` (${a.source.kind === 'anonymous' ? 'anonymous source' : 'unnamed sources'}: ${a.source.name})` : '';
    const known = entityByName.get(fold(publisher));
    out.set(c.id, {
      key: `${known ? known.id : `${credit ? 'credit' : 'article'}:${fold(publisher)}`}${a ? `#${fold(a.source.name)}` : ''}`,
      name: `${publisher}${suffix}`,
      via: credit ? 'credit' : root !== article ? 'copy' : 'article',
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
