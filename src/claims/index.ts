// The claims stage: checkable statements, who vouches for them, and how surely.
import type { Claim, Entity } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { NO_MEMO, type Memo } from '../core/memo.js';
import type { RawMention } from '../language/index.js';
import { findClaims } from './find-claims.js';
import type { EntityMention } from './sources.js';

export { anyNegatedAct, decideModality } from './modality.js';

/** Options of the claims stage. */
export interface ClaimsOptions {
  /** Hears, now and then, how many characters of the articles' texts have been read for claims, of how many in all. */
  readonly onProgress?: (doneChars: number, totalChars: number) => void;
  /** Each article's claims as found by an earlier run, when its text and its entity mentions are unchanged. */
  readonly memo?: Memo;
}

/** Finds the claims of every article, with attributions linked to the entities of the language stage. */
export function analyzeClaims(
  articles: readonly Article[],
  entities: readonly Entity[],
  mentions: ReadonlyMap<string, readonly RawMention[]>,
  options: ClaimsOptions = {},
): Claim[] {
  const { onProgress, memo = NO_MEMO } = options;
  const totalChars = articles.reduce((n, a) => n + a.text.length, 0);
  let before = 0;
  const entityAt = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) entityAt.set(`${m.article}:${m.start}:${m.end}`, e);
  const out: Claim[] = [];
  for (const a of articles) {
    const own: EntityMention[] = (mentions.get(a.id) ?? []).flatMap((m) => {
      const e = entityAt.get(`${a.id}:${m.start}:${m.end}`);
      return e ? [{ start: m.start, end: m.end, text: m.text, entity: e.id, name: e.name, type: e.type, key: m.key, role: m.role }] : [];
    });
    const find = (): Claim[] => findClaims(a, own, onProgress && ((done) => onProgress(before + done, totalChars)));
    out.push(...memo(a.id, 'claims', () => `${a.text}\u0000${JSON.stringify(own)}`, find));
    before += a.text.length;
    onProgress?.(before, totalChars);
  }
  return out;
}
