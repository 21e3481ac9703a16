// The language stage: mentions and entities of every article, offline, from the knowledge in data/.
import type { Entity } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { linkEntities, type ArticleMentions } from './entities/link-entities.js';
import { loadKnowledge, type Knowledge } from './knowledge/index.js';
import { findMentions, type RawMention } from './mentions/find-mentions.js';

export { splitSentences, sentencesIn } from './sentences.js';
export { tokenize, type Token } from './tokens.js';
export { loadKnowledge, type Knowledge } from './knowledge/index.js';
export type { RawMention, MentionType } from './mentions/find-mentions.js';

/** What the language stage adds to a corpus. */
export interface LanguageLayer {
  readonly entities: Entity[];
  /** Each article's mentions, by article id. */
  readonly mentions: ReadonlyMap<string, readonly RawMention[]>;
}

/** Finds the mentions of every article and links them into entities. */
export function analyzeLanguage(articles: readonly Article[], knowledge: Knowledge = loadKnowledge()): LanguageLayer {
  const perArticle: ArticleMentions[] = articles.map((a) => ({
    article: a.id,
    language: a.language,
    text: a.text,
    mentions: findMentions(a.text, knowledge),
  }));
  return {
    entities: linkEntities(perArticle, knowledge),
    mentions: new Map(perArticle.map((a) => [a.article, a.mentions])),
  };
}
