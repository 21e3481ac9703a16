// Reports a journalist can read without the tool: the dossier as Markdown or as one self-contained HTML page.
export { parseDossier } from './read-dossier.js';
export { buildReportModel } from './report-model.js';
export type { ArticleRef, ArticleReport, ClusterReport, Contradiction, QuotedClaim, ReportModel, TimelineDay } from './report-model.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { anchorFor, safeAnchor, showInvisible, webUrl } from './untrusted.js';
