// The language stage: mentions and entities of every article, offline, from the knowledge in data/.
import type { Entity } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { NO_MEMO, type Memo } from '../core/memo.js';
import { applyCorrections, type CorrectionInput } from './entities/corrections.js';
import { linkEntities, type ArticleMentions } from './entities/link-entities.js';
export { capitalStates, entityIdOf } from './entities/link-entities.js';
import { loadKnowledge, type Knowledge } from './knowledge/index.js';
import { findMentions, type RawMention } from './mentions/find-mentions.js';

export { splitSentences, sentencesIn } from './sentences.js';
export { findDates, type DateMention } from './dates/index.js';
export { tokenize, type Token } from './tokens.js';
export { loadKnowledge, type Knowledge } from './knowledge/index.js';
export type { RawMention, MentionType } from './mentions/find-mentions.js';
export {
  applyCorrections,
  findEntity,
  isEntityCorrection,
  isEntityType,
  parseEntityCorrection,
  textKey,
  unknownTypeMessage,
  ENTITY_CORRECTION_KINDS,
  ENTITY_TYPES,
  type AppliedCorrection,
  type CorrectionInput,
  type EntityCorrection,
  type EntityType,
} from './entities/corrections.js';

/** What the language stage adds to a corpus. */
export interface LanguageLayer {
  readonly entities: Entity[];
  /** Each article's mentions, by article id. */
  readonly mentions: ReadonlyMap<string, readonly RawMention[]>;
}

/** Options of the language stage. */
export interface LanguageOptions {
  /**
   * Hears, now and then (every 64 K characters or so, and after each article), how many characters of the articles'
   * texts have been read for mentions, and how many there are in all: a long article shows progress while it is read.
   */
  readonly onProgress?: (doneChars: number, totalChars: number) => void;
  /** Each article's mentions as found by an earlier run, when its text is unchanged. */
  readonly memo?: Memo;
}

/** Finds the mentions of every article and links them into entities, then applies the user's corrections in order. */
export function analyzeLanguage(
  articles: readonly Article[],
  knowledge: Knowledge = loadKnowledge(),
  corrections: readonly CorrectionInput[] = [],
  options: LanguageOptions = {},
): LanguageLayer {
  const { onProgress, memo = NO_MEMO } = options;
  const totalChars = articles.reduce((n, a) => n + a.text.length, 0);
  let before = 0;
  const perArticle: ArticleMentions[] = articles.map((a) => {
    const find = (): RawMention[] => findMentions(a.text, knowledge, onProgress && ((done) => onProgress(before + done, totalChars)), a.language);
    const mentions = memo(a.id, 'mentions', () => a.text, find);
    before += a.text.length;
    onProgress?.(before, totalChars);
    return { article: a.id, language: a.language, text: a.text, mentions };
  });
  return {
    entities: applyCorrections(linkEntities(perArticle, knowledge), corrections).entities,
    mentions: new Map(perArticle.map((a) => [a.article, a.mentions])),
  };
}
