// `recoupe entities ...`: list the entities of the store's articles and repair them. Each repair is stored as a
// correction and applied, in the order made, by every later run (analyze, entities list).
import type { Command } from 'commander';
import type { Entity } from '../core/dossier.js';
import {
  analyzeLanguage,
  applyCorrections,
  findEntity,
  isEntityCorrection,
  isEntityType,
  parseEntityCorrection,
  textKey,
  unknownTypeMessage,
  type AppliedCorrection,
  type EntityCorrection,
} from '../language/index.js';
import type { Store, StoredCorrection } from '../store/index.js';
import type { Io } from './main.js';
import { runStages, splitDemonyms } from '../pipeline/build-dossier.js';
import { UsageError } from './errors.js';
import { withStore } from './with-store.js';

const DB_HELP = 'store: a data folder (default .recoupe/) or a postgres:// URL (default: $RECOUPE_DATABASE_URL)';

/** Adds the `entities` command group to the program. */
export function addEntitiesCommands(program: Command, io: Io): void {
  const entities = program.command('entities').description('list the entities of the stored articles, and correct them (merge, alias, not an entity, type, split)');

  entities
    .command('list')
    .description('the entities of every stored article, after the corrections: name, type, mentions, aliases')
    .option('--db <dir-or-url>', DB_HELP)
    .option('--type <type>', 'only entities of this type (person, org, place, product, event, other)')
    .option('--json', 'print them as JSON')
    .action(async (opts: { db?: string; type?: string; json?: boolean }) => {
      if (opts.type !== undefined && !isEntityType(opts.type)) throw new UsageError(unknownTypeMessage(opts.type));
      await withStore(opts.db, async (store) => {
        const state = await readState(store);
        const touchedBy = correctionsByEntity(state.applied);
        const shown = state.entities.filter((e) => opts.type === undefined || e.type === opts.type);
        if (opts.json) {
          const rows = shown.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length, aliases: e.aliases, corrections: touchedBy.get(e.id) ?? [] }));
          io.out(`${JSON.stringify(rows, null, 1)}\n`);
          return;
        }
        io.out(formatEntities(shown, state, touchedBy));
      });
    });

  const write = (name: string, args: string, description: string, toCorrection: (...args: string[]) => EntityCorrection): void => {
    entities
      .command(`${name} ${args}`)
      .description(description)
      .option('--db <dir-or-url>', DB_HELP)
      .action(async (...params: unknown[]) => {
        const values = params.filter((p): p is string => typeof p === 'string');
        const opts = params.find((p): p is { db?: string } => typeof p === 'object' && p !== null && !('commands' in p)) ?? {};
        const correction = toCorrection(...values);
        await withStore(opts.db, async (store) => {
          const state = await readState(store);
          const effect = describeCorrection(correction, state.entities);
          const { kind, ...payload } = correction;
          const stored = await store.addCorrection({ kind, payload });
          io.out(`correction #${stored.id} stored: ${effect.text}\n`);
          if (effect.isUnknown) {
            io.err(`recoupe: warning: correction #${stored.id} names nothing in the ${state.articles} stored article${state.articles === 1 ? '' : 's'}; it is kept and will apply when it does (\`recoupe entities undo ${stored.id}\` removes it)\n`);
          }
        });
      });
  };
  write('merge', '<into> <from>', 'all mentions of <from> join <into> (both by name or alias)', (into, from) => {
    if (textKey(into!) === textKey(from!)) throw new UsageError(`merge needs two different entities; "${into}" and "${from}" are the same name`);
    return checked({ kind: 'entity-merge', into: into!, from: from! });
  });
  write('alias', '<entity> <alias>', 'every mention written <alias> joins <entity>, even if it was an entity of its own', (entity, alias) =>
    checked({ kind: 'entity-alias', entity: entity!, alias: alias! }),
  );
  write('not-entity', '<text>', 'mentions written <text> are not entities (an entity left without mentions disappears)', (text) =>
    checked({ kind: 'not-entity', text: text! }),
  );
  write('type', '<entity> <type>', "change an entity's type: person, org, place, product, event or other", (entity, type) => {
    if (!isEntityType(type!)) throw new UsageError(unknownTypeMessage(type!));
    return checked({ kind: 'entity-type', entity: entity!, type });
  });
  write('split', '<entity> <alias>', 'the mentions of <entity> written <alias> leave it for a new entity', (entity, alias) =>
    checked({ kind: 'entity-split', entity: entity!, alias: alias! }),
  );

  entities
    .command('corrections')
    .description('the entity corrections, in the order they apply, with their ids and how many mentions each touches now')
    .option('--db <dir-or-url>', DB_HELP)
    .option('--json', 'print them as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const state = await readState(store);
        const matched = new Map(state.applied.map((a) => [a.id, a.matched]));
        if (opts.json) {
          const rows = state.corrections.map((c) => ({ id: c.id, createdAt: c.createdAt, kind: c.kind, payload: c.payload, matched: matched.get(c.id) ?? 0 }));
          io.out(`${JSON.stringify(rows, null, 1)}\n`);
          return;
        }
        if (state.corrections.length === 0) {
          io.out('no entity correction yet (see `recoupe entities --help`)\n');
          return;
        }
        for (const c of state.corrections) {
          const n = matched.get(c.id) ?? 0;
          io.out(`#${c.id}  ${c.createdAt.slice(0, 19).replace('T', ' ')}  ${summarise(c)}  (${n} mention${n === 1 ? '' : 's'} now)\n`);
        }
      });
    });

  entities
    .command('undo <id>')
    .description('remove a correction (ids from `recoupe entities corrections`)')
    .option('--db <dir-or-url>', DB_HELP)
    .action(async (value: string, opts: { db?: string }) => {
      const id = /^#?\d+$/.test(value.trim()) ? Number(value.trim().replace('#', '')) : NaN;
      if (Number.isNaN(id)) throw new UsageError(`undo needs the number of a correction, not "${value}"; \`recoupe entities corrections\` lists them`);
      await withStore(opts.db, async (store) => {
        const correction = (await store.listCorrections()).find((c) => c.id === id && isEntityCorrection(c));
        if (!correction || !(await store.removeCorrection(id))) {
          throw new UsageError(`no entity correction #${id}; \`recoupe entities corrections\` lists them`);
        }
        io.out(`correction #${id} removed: ${summarise(correction)}\n`);
      });
    });
}

/** What the store holds now: its articles' entities after the entity corrections, and what each correction did. */
interface State {
  readonly articles: number;
  readonly entities: Entity[];
  readonly corrections: StoredCorrection[];
  readonly applied: AppliedCorrection[];
}

// Every stored article (from every analyze run), through the pipeline's stages up to the entities, with what each
// correction did.
async function readState(store: Store): Promise<State> {
  const ids = [...new Set((await store.listFiles()).flatMap((f) => f.articleIds))];
  const articles = await store.getArticles(ids);
  const corrections = (await store.listCorrections()).filter(isEntityCorrection);
  const layers = runStages(articles, corrections, { until: 'entities' });
  return { articles: articles.length, entities: (layers.entities ?? []).map(splitDemonyms), corrections, applied: [...(layers.applied ?? [])] };
}

// Arguments the user typed are checked by the same rules as the corrections the store gives back.
function checked(correction: EntityCorrection): EntityCorrection {
  const { kind, ...payload } = correction;
  const parsed = parseEntityCorrection({ kind, payload });
  if (typeof parsed === 'string') throw new UsageError(parsed.replace(/^corrections: /, ''));
  return parsed;
}

const mentions = (n: number): string => `${n} mention${n === 1 ? '' : 's'}`;
const described = (e: Entity | undefined, name: string): string => (e ? `"${e.name}" (${mentions(e.mentions.length)})` : `"${name}" (not found)`);

/** What a new correction would change on the entities as they are now; isUnknown when it names nothing known. */
export function describeCorrection(c: EntityCorrection, entities: readonly Entity[]): { text: string; isUnknown: boolean } {
  switch (c.kind) {
    case 'entity-merge': {
      const [into, from] = [findEntity(entities, c.into), findEntity(entities, c.from)];
      if (into && into === from) return { text: `merge: "${c.from}" is already part of ${described(into, c.into)}; nothing changes`, isUnknown: false };
      return { text: `merge: ${described(from, c.from)} into ${described(into, c.into)}`, isUnknown: !into || !from };
    }
    case 'entity-alias': {
      const target = findEntity(entities, c.entity);
      const key = textKey(c.alias);
      const sources = entities.filter((e) => e !== target && e.mentions.some((m) => textKey(m.text) === key));
      const moving = sources.reduce((n, e) => n + e.mentions.filter((m) => textKey(m.text) === key).length, 0);
      const from = sources.length ? `${mentions(moving)} join it, from ${sources.map((e) => `"${e.name}"`).join(', ')}` : `no other mention is written "${c.alias}" now`;
      return { text: `alias: "${c.alias}" for ${described(target, c.entity)}: ${from}`, isUnknown: !target };
    }
    case 'not-entity': {
      const key = textKey(c.text);
      const hit = entities.filter((e) => e.mentions.some((m) => textKey(m.text) === key));
      const dropped = hit.reduce((n, e) => n + e.mentions.filter((m) => textKey(m.text) === key).length, 0);
      const removed = hit.filter((e) => e.mentions.every((m) => textKey(m.text) === key));
      const gone = removed.length ? `; entities removed: ${removed.map((e) => `"${e.name}"`).join(', ')}` : '';
      return { text: `not-entity: "${c.text}": ${mentions(dropped)} dropped${gone}`, isUnknown: dropped === 0 };
    }
    case 'entity-type': {
      const target = findEntity(entities, c.entity);
      return { text: `type: ${described(target, c.entity)} ${target ? `${target.type} -> ` : ''}${c.type}`, isUnknown: !target };
    }
    case 'entity-split': {
      const source = findEntity(entities, c.entity);
      const key = textKey(c.alias);
      const leaving = source ? source.mentions.filter((m) => textKey(m.text) === key).length : 0;
      return { text: `split: ${mentions(leaving)} written "${c.alias}" leave ${described(source, c.entity)} for a new entity`, isUnknown: leaving === 0 };
    }
  }
}

// One line a correction: "merge "Koupol" into "IEMZ Kupol"".
function summarise(stored: StoredCorrection): string {
  const c = parseEntityCorrection(stored);
  if (typeof c === 'string') return `${stored.kind} ${JSON.stringify(stored.payload)} (unreadable: ${c})`;
  switch (c.kind) {
    case 'entity-merge': return `merge "${c.from}" into "${c.into}"`;
    case 'entity-alias': return `alias "${c.alias}" for "${c.entity}"`;
    case 'not-entity': return `not-entity "${c.text}"`;
    case 'entity-type': return `type of "${c.entity}": ${c.type}`;
    case 'entity-split': return `split "${c.alias}" from "${c.entity}"`;
  }
}

function correctionsByEntity(applied: readonly AppliedCorrection[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const a of applied) {
    if (a.matched === 0) continue;
    for (const id of a.entities) out.set(id, [...(out.get(id) ?? []), a.id]);
  }
  return out;
}

// One entity a line, in columns: name, type, mentions, aliases, and the corrections that changed it.
function formatEntities(shown: readonly Entity[], state: State, touchedBy: ReadonlyMap<string, number[]>): string {
  const head = `${shown.length} entit${shown.length === 1 ? 'y' : 'ies'} in ${state.articles} stored article${state.articles === 1 ? '' : 's'}` +
    (state.corrections.length ? `, after ${state.corrections.length} correction${state.corrections.length === 1 ? '' : 's'}` : '');
  const width = Math.min(40, Math.max(4, ...shown.map((e) => e.name.length)));
  const lines = shown.map((e) => {
    const by = touchedBy.get(e.id);
    const aliases = e.aliases.length ? `  ${e.aliases.join(', ')}` : '';
    return `${e.name.padEnd(width)}  ${e.type.padEnd(7)}  ${String(e.mentions.length).padStart(8)}${aliases}${by ? `  [corrected by ${by.map((n) => `#${n}`).join(', ')}]` : ''}`;
  });
  return `${head}\n${lines.length ? `${'name'.padEnd(width)}  type     mentions  aliases\n` : ''}${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
