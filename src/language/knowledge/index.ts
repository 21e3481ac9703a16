// Public surface of the knowledge layer: gazetteers and lexicons from data/, checked on load, with their lookups.
export { loadKnowledge, loadKnowledgeFrom, defaultDataDir } from './load.js';
export { KnowledgeError } from './errors.js';
export { fold, slug } from './fold.js';
export type {
  Candidate, ChineseSurname, Country, EntityKind, EntityType, FirstName, FormRole, Honorific, Knowledge, KnowledgeFile,
  KnownEntity, Lang, MediaOutlet, NamedEvent, NameForm, Person, Product, Role, TransliterationRule,
} from './types.js';
export type { EventKind, EventRow, PersonRow, ProductKind, ProductRow } from './read-named.js';
