// The analysis as one pure function: articles and the user's corrections in, the dossier's layers out. No store, no
// file system: `analyze` walks, loads and stores, then calls it; `recoupe entities` and the tests call it too.
// Stages run in the order of STAGES; each takes the layers before it and returns its own, never changing them.
import { DOSSIER_VERSION, type Claim, type Cluster, type Dossier, type Entity, type Mention, type TimelineEntry } from '../core/dossier.js';
import type { Article, Rejection } from '../core/types.js';
import { NO_MEMO, type Memo } from '../core/memo.js';
import { analyzeClaims } from '../claims/index.js';
import { buildTimeline, corroborate } from '../corroboration/index.js';
import { findDuplicates } from '../ingest/index.js';
import { analyzeLanguage, applyCorrections, type AppliedCorrection, type CorrectionInput, type RawMention } from '../language/index.js';
import { computeSignals } from '../reliability/index.js';
import { RECOUPE_VERSION } from './version.js';

/** Every layer the stages build, in the order they are built. */
export interface Layers {
  /** The input articles, by publication (originals first), with their copies and shared passages marked. */
  readonly articles: readonly Article[];
  /** Notes from bounded steps (crowds of near-identical texts, candidate pairs over the ceiling). */
  readonly notes: readonly string[];
  /** The entities, linked across articles, with the user's corrections applied. */
  readonly entities: readonly Entity[];
  /** Each article's mentions as found, by article id: read by the claims stage, then released (see `releases`). */
  readonly mentions: ReadonlyMap<string, readonly RawMention[]>;
  /** What each user correction did to the entities. */
  readonly applied: readonly AppliedCorrection[];
  readonly claims: readonly Claim[];
  readonly clusters: readonly Cluster[];
  /** The articles again, each with its warning signs. */
  readonly signed: readonly Article[];
  readonly timeline: readonly TimelineEntry[];
}

/** One stage: its name (shown as progress) and what it adds to the layers before it. */
export interface Stage {
  readonly name: StageName;
  readonly run: (layers: Partial<Layers>, context: StageContext) => Partial<Layers>;
  /**
   * Layers that no later stage reads, dropped once this stage has run so that their memory is freed while the later
   * stages run (a corpus's raw mentions are a sixth of its objects): memory follows what the next stages need.
   */
  readonly releases?: readonly (keyof Layers)[];
}

/** What every stage may use beside the layers. */
export interface StageContext {
  readonly corrections: readonly CorrectionInput[];
  /** Per-article results of an earlier run (NO_MEMO: compute everything). */
  readonly memo: Memo;
  readonly progress?: StageProgress;
}

/** Progress inside a long stage: characters of the corpus done so far, and in all. */
export type StageProgress = (doneChars: number, totalChars: number) => void;

/** The stages' names, in order. */
export type StageName = 'duplicates' | 'entities' | 'claims' | 'corroboration' | 'signals' | 'timeline';

// Each stage reads only layers that earlier stages made; `need` says so when one is missing (a programming error).
function need<K extends keyof Layers>(layers: Partial<Layers>, key: K, stage: StageName): Layers[K] {
  const layer = layers[key];
  if (layer === undefined) throw new Error(`pipeline: stage "${stage}" needs the "${String(key)}" layer; check the order of STAGES`);
  return layer as Layers[K];
}

/** The analysis, in order. Order here matters. */
export const STAGES: readonly Stage[] = [
  { name: 'duplicates', run: (l) => markDuplicates(need(l, 'articles', 'duplicates')) },
  {
    name: 'entities',
    run: (l, { corrections, progress, memo }) => {
      const raw = analyzeLanguage(need(l, 'articles', 'entities'), undefined, [], { onProgress: progress, memo });
      const { entities, applied } = applyCorrections(raw.entities, corrections);
      return { entities, mentions: raw.mentions, applied };
    },
  },
  {
    name: 'claims',
    run: (l, { progress, memo }) => ({
      claims: analyzeClaims(need(l, 'articles', 'claims'), need(l, 'entities', 'claims'), need(l, 'mentions', 'claims'), { onProgress: progress, memo }),
    }),
    releases: ['mentions'],
  },
  {
    name: 'corroboration',
    run: (l) => corroborate(need(l, 'articles', 'corroboration'), need(l, 'claims', 'corroboration'), need(l, 'entities', 'corroboration')),
  },
  { name: 'signals', run: (l, { memo }) => ({ signed: withSignals(need(l, 'articles', 'signals'), need(l, 'claims', 'signals'), need(l, 'entities', 'signals'), memo) }) },
  { name: 'timeline', run: (l, { memo }) => ({ timeline: buildTimeline(need(l, 'articles', 'timeline'), need(l, 'claims', 'timeline'), memo) }) },
];

/** How to run the stages. */
export interface BuildOptions {
  /** Called before each stage with its name, then (in the long ones) as it goes, with characters done and in all. */
  readonly onStage?: (name: StageName, doneChars?: number, totalChars?: number) => void;
  /** Stop after this stage (e.g. 'entities' for `recoupe entities`, which needs no claims). */
  readonly until?: StageName;
  /** Per-article results kept from an earlier run (analyze passes the store's); none by default. */
  readonly memo?: Memo;
}

/** Runs the stages in order on the articles and returns every layer. */
export function runStages(articles: readonly Article[], corrections: readonly CorrectionInput[] = [], options: BuildOptions = {}): Partial<Layers> {
  let layers: Partial<Layers> = { articles: [...articles].sort(byPublication), notes: [] };
  for (const stage of STAGES) {
    options.onStage?.(stage.name);
    const { onStage } = options;
    const progress = onStage && ((done: number, total: number) => onStage(stage.name, done, total));
    layers = { ...layers, ...stage.run(layers, { corrections, memo: options.memo ?? NO_MEMO, progress }) };
    for (const key of stage.releases ?? []) delete layers[key];
    if (stage.name === options.until) break;
  }
  return layers;
}

/** The dossier's analysed part, and the articles the analysis had to leave out. */
export interface BuiltDossier {
  readonly articles: Article[];
  readonly entities: Entity[];
  readonly claims: Claim[];
  readonly clusters: Cluster[];
  readonly timeline: TimelineEntry[];
  readonly notes: string[];
  /** Articles whose analysis threw, each rejected with the cause; the others are in the dossier. */
  readonly rejected: Rejection[];
}

/**
 * The analysis of a set of articles, with one bad article unable to stop the batch: when a stage throws, each article
 * is analysed alone to find the ones that throw; they are rejected with the cause (file and item named) and the rest
 * is analysed without them.
 */
export function buildDossier(
  articles: readonly Article[],
  corrections: readonly CorrectionInput[] = [],
  options: BuildOptions & { readonly run?: typeof runStages } = {},
): BuiltDossier {
  const run = options.run ?? runStages;
  try {
    return { ...toDossierLayers(run(articles, corrections, options)), rejected: [] };
  } catch (first) {
    const rejected: Rejection[] = [];
    const kept = articles.filter((article) => {
      try {
        run([article], corrections);
        return true;
      } catch (error) {
        const item = article.source.item === null || article.source.item === undefined ? '' : ` (item ${article.source.item})`;
        rejected.push({ path: article.source.path, code: 'internal-error', reason: `recoupe failed while analysing this article${item}: ${(error as Error).message}; please report it` });
        return false;
      }
    });
    if (rejected.length === 0) throw first; // the failure needs several articles together: a bug to report, not bad input
    return { ...toDossierLayers(run(kept, corrections, options)), rejected };
  }
}

function toDossierLayers(layers: Partial<Layers>): Omit<BuiltDossier, 'rejected'> {
  return {
    articles: [...(layers.signed ?? layers.articles ?? [])],
    entities: (layers.entities ?? []).map(splitDemonyms),
    claims: [...(layers.claims ?? [])],
    clusters: [...(layers.clusters ?? [])],
    timeline: [...(layers.timeline ?? [])],
    notes: [...(layers.notes ?? [])],
  };
}

/** What the dossier says of its inputs, beside the analysis: counts come from the analysed articles. */
export interface DossierInputs {
  readonly files: number;
  readonly rejected: readonly Rejection[];
  readonly passedOver: readonly { readonly path: string; readonly reason: string }[];
  readonly notes: readonly { readonly path: string; readonly note: string }[];
}

/** The dossier: the analysed layers and its inputs; the analysis's own rejections and notes are added to the inputs'. */
export function assembleDossier(built: BuiltDossier, inputs: DossierInputs): Dossier {
  return {
    format: 'recoupe-dossier',
    version: DOSSIER_VERSION,
    generatedAt: new Date().toISOString(),
    tool: { name: 'recoupe', version: RECOUPE_VERSION },
    inputs: {
      files: inputs.files,
      articles: built.articles.length,
      rejected: [...inputs.rejected, ...built.rejected],
      skipped: inputs.passedOver.map((p) => p.path),
      passedOver: [...inputs.passedOver],
      notes: [...inputs.notes, ...built.notes.map((note) => ({ path: '', note }))],
    },
    articles: built.articles,
    entities: built.entities,
    claims: built.claims,
    clusters: built.clusters,
    timeline: built.timeline,
  };
}

/** In the dossier, an entity's mentions are where it is named; adjectives pointing at it are listed apart. */
export function splitDemonyms(e: Entity): Entity {
  const strip = ({ role: _role, ...m }: Mention): Mention => m;
  return { ...e, mentions: e.mentions.filter((m) => m.role !== 'demonym').map(strip), demonyms: e.mentions.filter((m) => m.role === 'demonym').map(strip) };
}

/** The order articles are analysed in: by publication date (undated last), then path and item. Originals come first. */
export function byPublication(a: Article, b: Article): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.source.path.localeCompare(b.source.path) || (a.source.item ?? 0) - (b.source.item ?? 0);
}

// Duplicates and shared passages over the articles (already in publication order).
function markDuplicates(ordered: readonly Article[]): Partial<Layers> {
  const rank = new Map(ordered.map((a, i) => [a.id, i]));
  // Bodies only: a republication under a new headline is still a copy. Spans are moved back into text coordinates.
  const dups = findDuplicates(ordered.map((a) => ({ id: a.id, text: a.text.slice(a.bodyStart), title: a.title, order: rank.get(a.id)! })));
  const bodyStart = new Map(ordered.map((a) => [a.id, a.bodyStart]));
  const links = new Map(dups.links.map((l) => [l.id, l]));
  const articles = ordered.map((a): Article => {
    const link = links.get(a.id);
    return {
      ...a,
      duplicateOf: link?.duplicateOf ?? null,
      similarity: link?.similarity ?? null,
      sharedPassages: (dups.shared.get(a.id) ?? []).map((p) => ({
        ...p,
        start: p.start + a.bodyStart,
        end: p.end + a.bodyStart,
        otherStart: p.otherStart + bodyStart.get(p.article)!,
        otherEnd: p.otherEnd + bodyStart.get(p.article)!,
      })),
    };
  });
  return { articles, notes: dups.notes };
}

// Each article's warning signs, from its text, claims and entity mentions.
function withSignals(articles: readonly Article[], claims: readonly Claim[], entities: readonly Entity[], memo: Memo): Article[] {
  const mentions = new Map<string, (Mention & { entity: string })[]>();
  for (const e of entities) for (const m of e.mentions) {
    const list = mentions.get(m.article) ?? [];
    list.push({ ...m, entity: e.id });
    mentions.set(m.article, list);
  }
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.article) ?? [];
    list.push(c);
    claimsOf.set(c.article, list);
  }
  return articles.map((article) => {
    const context = { article, claims: claimsOf.get(article.id) ?? [], mentions: mentions.get(article.id) ?? [] };
    return { ...article, signals: memo(article.id, 'signals', () => JSON.stringify(context), () => computeSignals(context)) };
  });
}
