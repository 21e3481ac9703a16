// The user's repairs of entities (merge, alias, not an entity, type, split), applied after linking, in the order the
// user made them. Corrections name entities by their name or an alias, never by id: ids change when the content does.
// Names are compared folded: "koupol" = "Koupol", "Sergueï" = "Serguei", "l’OTAN" = "l'OTAN" = "OTAN".
import { createHash } from 'node:crypto';
import type { Entity, Mention } from '../../core/dossier.js';
import { fold } from '../knowledge/fold.js';

/** The types an entity can have. */
export const ENTITY_TYPES = ['person', 'org', 'place', 'product', 'event', 'other'] as const;

/** One of ENTITY_TYPES. */
export type EntityType = Entity['type'];

/** A correction as the store keeps it (StoredCorrection fits); kinds other than the entity ones are ignored here. */
export interface CorrectionInput {
  readonly id?: number;
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A correction of entities, checked. */
export type EntityCorrection =
  /** All mentions of `from` join `into`. */
  | { readonly kind: 'entity-merge'; readonly into: string; readonly from: string }
  /** Every mention written `alias` joins `entity`, wherever it was. */
  | { readonly kind: 'entity-alias'; readonly entity: string; readonly alias: string }
  /** Mentions written `text` are dropped; an entity left without mentions disappears. */
  | { readonly kind: 'not-entity'; readonly text: string }
  | { readonly kind: 'entity-type'; readonly entity: string; readonly type: EntityType }
  /** The mentions of `entity` written `alias` leave it for a new entity. */
  | { readonly kind: 'entity-split'; readonly entity: string; readonly alias: string };

/** The kinds of EntityCorrection. */
export const ENTITY_CORRECTION_KINDS: readonly EntityCorrection['kind'][] = ['entity-merge', 'entity-alias', 'not-entity', 'entity-type', 'entity-split'];

/** What one correction did: how many mentions it touched (0 when it named nothing known), and the entities concerned. */
export interface AppliedCorrection {
  /** The stored correction's id, or its position in the list when it has none. */
  readonly id: number;
  readonly kind: EntityCorrection['kind'];
  readonly matched: number;
  /** Ids of the entities it changed or removed. */
  readonly entities: readonly string[];
}

/** Entities after the corrections, and what each correction did. */
export interface CorrectedEntities {
  readonly entities: Entity[];
  readonly applied: AppliedCorrection[];
}

/** Whether a stored correction is about entities. */
export function isEntityCorrection(c: CorrectionInput): boolean {
  return (ENTITY_CORRECTION_KINDS as readonly string[]).includes(c.kind);
}

/** Checks a correction's payload; returns the typed correction, or a message saying what is wrong. */
export function parseEntityCorrection(c: CorrectionInput): EntityCorrection | string {
  const p = c.payload;
  const str = (field: string): string | null => (typeof p[field] === 'string' && (p[field] as string).trim() !== '' ? (p[field] as string).trim() : null);
  const missing = (fields: string[]): string => `corrections: a ${c.kind} correction needs ${fields.map((f) => `"${f}"`).join(' and ')} (non-empty text); got ${JSON.stringify(p)}`;
  switch (c.kind) {
    case 'entity-merge': {
      const [into, from] = [str('into'), str('from')];
      return into && from ? { kind: c.kind, into, from } : missing(['into', 'from']);
    }
    case 'entity-alias':
    case 'entity-split': {
      const [entity, alias] = [str('entity'), str('alias')];
      return entity && alias ? { kind: c.kind, entity, alias } : missing(['entity', 'alias']);
    }
    case 'not-entity': {
      const text = str('text');
      return text ? { kind: c.kind, text } : missing(['text']);
    }
    case 'entity-type': {
      const [entity, type] = [str('entity'), str('type')];
      if (!entity || !type) return missing(['entity', 'type']);
      return isEntityType(type) ? { kind: c.kind, entity, type } : unknownTypeMessage(type);
    }
    default:
      return `corrections: unknown kind "${c.kind}"; use ${ENTITY_CORRECTION_KINDS.join(', ')}`;
  }
}

/** Whether a string is one of ENTITY_TYPES. */
export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** The message for a type that does not exist. */
export function unknownTypeMessage(type: string): string {
  return `unknown type "${type}"; use ${ENTITY_TYPES.slice(0, -1).join(', ')} or ${ENTITY_TYPES[ENTITY_TYPES.length - 1]}`;
}

/** The form under which the names of corrections are compared: folded, without a leading article ("l’OTAN" -> "otan"). */
export function textKey(text: string): string {
  return withoutArticle(fold(text));
}

// "the Pentagon", "le Kremlin", "l’OTAN"; but "Lavrov", "Theresa", "Laos" keep their first letters.
const LEADING_ARTICLE = /^(?:(?:the|le|la|les)\s+|l['’]\s*)/i;
const withoutArticle = (text: string): string => text.replace(LEADING_ARTICLE, '');

/** The entity a name designates: the one with that name, else with that alias; the one with most mentions if several. */
export function findEntity<E extends Entity>(entities: readonly E[], name: string): E | undefined {
  return pick(entities, name, (e) => [...e.aliases, ...e.mentions.map((m) => m.text)]);
}

// The same for entities being corrected: their linker aliases may be stale, their mentions and added names are not.
const findWork = (entities: readonly Work[], name: string): Work | undefined => pick(entities, name, (e) => [...e.added, ...e.mentions.map((m) => m.text)]);

function pick<E extends { readonly name: string; readonly mentions: readonly unknown[] }>(entities: readonly E[], name: string, formsOf: (e: E) => string[]): E | undefined {
  const key = textKey(name);
  const most = (list: E[]): E | undefined => list.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return most(entities.filter((e) => textKey(e.name) === key)) ?? most(entities.filter((e) => formsOf(e).some((f) => textKey(f) === key)));
}

/** Applies the entity corrections in order; others (and malformed ones) are skipped. Never changes its inputs. */
export function applyCorrections(entities: readonly Entity[], corrections: readonly CorrectionInput[]): CorrectedEntities {
  if (!corrections.some(isEntityCorrection)) return { entities: [...entities], applied: [] }; // the linker's output, as is
  let work: Work[] = entities.map((e) => ({ ...e, mentions: [...e.mentions], added: [], isReshaped: false }));
  const applied: AppliedCorrection[] = [];
  for (const [n, input] of corrections.entries()) {
    if (!isEntityCorrection(input)) continue;
    const c = parseEntityCorrection(input);
    if (typeof c === 'string') continue; // the CLI refuses these; a hand-edited store must not stop a run
    const step = STEPS[c.kind](work, c as never);
    work = step.entities.filter((e) => e.mentions.length > 0);
    applied.push({ id: input.id ?? n, kind: c.kind, matched: step.matched, entities: step.touched });
  }
  const out = work.map(toEntity).sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  return { entities: out, applied };
}

/** An entity being corrected, with the aliases the user gave it. */
interface Work extends Omit<Entity, 'mentions'> {
  readonly mentions: readonly Mention[];
  /** Names the user gave it (an alias, the name of an entity merged into it). */
  readonly added: readonly string[];
  /** Whether its mentions changed, so that its aliases must be worked out again. */
  readonly isReshaped: boolean;
}

interface Step {
  readonly entities: Work[];
  readonly matched: number;
  readonly touched: string[];
}

type Steps = { [K in EntityCorrection['kind']]: (entities: Work[], c: Extract<EntityCorrection, { kind: K }>) => Step };

const nothing = (entities: Work[]): Step => ({ entities, matched: 0, touched: [] });

/** One function per kind, each returning new entities (the Work records of earlier steps are not shared). */
const STEPS: Steps = {
  'entity-merge': (entities, c) => {
    const into = findWork(entities, c.into);
    const from = findWork(entities, c.from);
    if (!into || !from || into === from) return nothing(entities);
    const merged: Work = { ...into, mentions: [...into.mentions, ...from.mentions], added: [...into.added, from.name, ...from.added], isReshaped: true };
    return { entities: entities.filter((e) => e !== from).map((e) => (e === into ? merged : e)), matched: from.mentions.length, touched: [into.id, from.id] };
  },
  'entity-alias': (entities, c) => {
    const target = findWork(entities, c.entity);
    if (!target) return nothing(entities);
    const key = textKey(c.alias);
    const moving = entities.flatMap((e) => (e === target ? [] : e.mentions.filter((m) => textKey(m.text) === key)));
    const touched = entities.filter((e) => e !== target && e.mentions.some((m) => textKey(m.text) === key)).map((e) => e.id);
    const next = entities.map((e) =>
      e === target
        ? { ...e, mentions: [...e.mentions, ...moving], added: [...e.added, c.alias], isReshaped: true }
        : touched.includes(e.id) ? { ...e, mentions: e.mentions.filter((m) => textKey(m.text) !== key), isReshaped: true } : e,
    );
    return { entities: next, matched: moving.length, touched: [target.id, ...touched] };
  },
  'not-entity': (entities, c) => {
    const key = textKey(c.text);
    const touched = entities.filter((e) => e.mentions.some((m) => textKey(m.text) === key));
    const matched = touched.reduce((n, e) => n + e.mentions.filter((m) => textKey(m.text) === key).length, 0);
    const next = entities.map((e) => (touched.includes(e) ? { ...e, mentions: e.mentions.filter((m) => textKey(m.text) !== key), added: e.added.filter((a) => textKey(a) !== key), isReshaped: true } : e));
    return { entities: next, matched, touched: touched.map((e) => e.id) };
  },
  'entity-type': (entities, c) => {
    const target = findWork(entities, c.entity);
    if (!target) return nothing(entities);
    return { entities: entities.map((e) => (e === target ? { ...e, type: c.type } : e)), matched: target.mentions.length, touched: [target.id] };
  },
  'entity-split': (entities, c) => {
    const source = findWork(entities, c.entity);
    if (!source) return nothing(entities);
    const key = textKey(c.alias);
    const leaving = source.mentions.filter((m) => textKey(m.text) === key);
    if (leaving.length === 0) return nothing(entities);
    const id = `e_${createHash('sha256').update(`split:${source.id}:${key}`).digest('hex').slice(0, 12)}`;
    const name = withoutArticle(leaving[0]!.text);
    const split: Work = { id, name, type: source.type, aliases: [], mentions: leaving, added: [], isReshaped: true };
    const rest: Work = { ...source, mentions: source.mentions.filter((m) => !leaving.includes(m)), added: source.added.filter((a) => textKey(a) !== key), isReshaped: true };
    return { entities: [...entities.map((e) => (e === source ? rest : e)), split], matched: leaving.length, touched: [source.id, id] };
  },
};

// An entity whose mentions did not change keeps the aliases the linker gave it. Otherwise its aliases are the forms its
// mentions take, then the names the user gave it, without its own name; mentions are put back in text order.
function toEntity(w: Work): Entity {
  const mentions = [...w.mentions].sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start);
  if (!w.isReshaped) return { id: w.id, name: w.name, type: w.type, aliases: w.aliases, mentions };
  const forms = new Set(mentions.map((m) => withoutArticle(m.text)));
  const keys = new Set([...forms, w.name].map(textKey));
  for (const name of w.added) {
    if (keys.has(textKey(name))) continue;
    keys.add(textKey(name));
    forms.add(name);
  }
  forms.delete(w.name);
  return { id: w.id, name: w.name, type: w.type, aliases: [...forms].sort(), mentions };
}
