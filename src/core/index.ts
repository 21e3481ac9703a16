// The core: data model shared by every stage.
export type * from './types.js';
export type { Attribution, Claim, Cluster, Dossier, Entity, Mention, TimelineEntry } from './dossier.js';
export { DOSSIER_VERSION } from './dossier.js';
export { NO_MEMO, type Memo } from './memo.js';
