// The report as GitHub-flavoured Markdown: readable as plain text, every field of the dossier escaped (a dossier may be
// crafted): no HTML but our anchors, no link but to our anchors and to http(s) addresses, no image. Anchors are checked
// again here (safeAnchor): the renderer must hold for a model built by code, without the schema.
import type { ArticleRef, ClusterReport, QuotedClaim, ReportModel, Segment } from './report-model.js';
import { safeAnchor, showInvisible, TEXT_DIRECTION_MARKS, webUrl } from './untrusted.js';
import { countOf, formatDate, formatTimestamp, formatModalities, formatRemoved, languageName, MODALITY_MEANING, signalTitle } from './wording.js';

/** Renders the report model as Markdown. */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [
    `# recoupe report: ${countOf(model.corpus.articles, 'article')}`,
    '',
    `Generated from a recoupe dossier (format ${md(model.dossierVersion)}, recoupe ${md(model.toolVersion)}) of ${md(formatTimestamp(model.generatedAt))}.`,
    '',
    ...corpusLines(model),
    '',
    '## Contents',
    '',
    `- [Claims that matter](#claims-that-matter) (${model.claims.length})`,
    `- [Articles](#articles) (${model.articles.length})`,
    `- [Timeline](#timeline) (${countOf(model.timeline.length, 'date')})`,
    `- [Entities](#entities) (${model.entities.reduce((n, g) => n + g.entities.length, 0)})`,
    '',
    '## Claims that matter',
    '',
    '*A claim that matters is one found in two articles or more, or one that something contradicts. "Independent origins" counts',
    'who first said it, copies and republications counted once. Modalities: ' +
      Object.entries(MODALITY_MEANING).map(([m, meaning]) => `**${m}**, ${md(meaning)}`).join('; ') + '.*',
    '',
  ];
  if (model.claims.length === 0) out.push('No claim is found in more than one article, and none is contradicted.', '');
  for (const k of model.claims) out.push(...clusterLines(k));
  const minorCount = model.minorClaims.reduce((n, g) => n + g.claims.length, 0);
  if (minorCount > 0) {
    out.push(`### Claims found in one article only (${minorCount})`, '');
    for (const group of model.minorClaims) {
      out.push(`- ${articleLink(group.article)}`);
      for (const c of group.claims) {
        const how = [c.modality ? md(c.modality) : null, c.source ? `source: ${md(c.source)}` : null].filter(Boolean).join(', ');
        out.push(`  - <a id="${safeAnchor(c.anchor)}"></a>${md(c.label)}${how ? ` (${how})` : ''}`);
      }
    }
    out.push('');
  }

  out.push('## Articles', '');
  for (const a of model.articles) {
    out.push(`### ${heading(a.title)}`, '', `<a id="${safeAnchor(a.anchor)}"></a>`, '');
    const facts = [a.outlet ? `**${md(a.outlet)}**` : '*no outlet*', a.published ? date(a.published) : '*no date*', md(languageName(a.language)), ...(a.author ? [`by ${md(a.author)}`] : [])];
    out.push(`${facts.join(' · ')}  `, `File: \`${code(a.path)}\`${a.url ? ` · ${link(a.url)}` : ''}`, '');
    if (a.duplicateOf) out.push(`- **Copy of** ${articleLink(a.duplicateOf.article)}${similarity(a.duplicateOf.similarity)}`);
    for (const c of a.copies) out.push(`- **Copied by** ${articleLink(c.article)}${similarity(c.similarity)}`);
    if (a.signals.length === 0) out.push('- No warning sign.');
    for (const s of a.signals) {
      out.push(`- **Warning: ${md(signalTitle(s.name))}** (score ${round(s.score)}). ${segments(s.explanation)}`);
      out.push(...evidenceLines(s.evidence));
    }
    const extra = [
      `${countOf(a.claimCount, 'claim')} found`,
      a.removed.length ? `removed as boilerplate: ${a.removed.map((r) => md(formatRemoved(r.kind, r.count))).join(', ')}` : 'no boilerplate removed',
      countOf(a.comments, 'reader comment'),
      ...(a.credits.length ? [`credits: ${a.credits.map((c) => `${md(c.name)} (${md(c.of)})`).join(', ')}`] : []),
    ];
    out.push(`- ${extra.join('; ')}.`);
    if (a.clusters.length) out.push(`- In claims that matter: ${a.clusters.map((k) => `[${k.number}](#${safeAnchor(k.anchor)} "${md(k.label).replace(/"/g, '\\"')}")`).join(', ')}`);
    out.push('');
  }

  out.push('## Timeline', '', '*Every dated expression, resolved against its article\'s date, oldest first.*', '');
  if (model.timeline.length === 0) out.push('No dated expression was found.', '');
  for (const day of model.timeline) {
    out.push(`### ${date(day.date)}`, '');
    for (const t of day.items) {
      const until = t.until ? ` (until ${date(t.until)})` : '';
      out.push(`- ${mdStart(t.before)}**${md(t.expression)}**${md(t.after)}${until} — ${[t.article, ...t.alsoIn].map(articleLink).join('; ')}`);
    }
    out.push('');
  }

  out.push('## Entities', '');
  if (model.entities.length === 0) out.push('No entity was found.', '');
  for (const g of model.entities) {
    out.push(`### ${g.title} (${g.entities.length})`, '', '| Name | Also written | Articles | Mentions |', '|---|---|--:|--:|');
    for (const e of g.entities) out.push(`| ${md(e.name)} | ${e.aliases.map(md).join(', ')} | ${e.articleCount} | ${e.mentionCount} |`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function corpusLines(model: ReportModel): string[] {
  const c = model.corpus;
  const lines = [
    `- **${countOf(c.articles, 'article')}** from ${md(countOf(c.files, 'file'))}${c.folder ? ` in \`${code(c.folder)}\`` : ''}` + (c.skipped ? ` (${c.skipped} other ${c.skipped === 1 ? 'file' : 'files'} passed over)` : ''),
    `- **Languages:** ${c.languages.map((l) => `${md(languageName(l.code))} (${l.count})`).join(', ') || 'none'}`,
    `- **Published:** ${c.firstDate && c.lastDate ? (c.firstDate === c.lastDate ? date(c.firstDate) : `${date(c.firstDate)} to ${date(c.lastDate)}`) : 'no article is dated'}` +
      (c.undated && c.firstDate ? `; ${countOf(c.undated, 'article')} without a date` : ''),
    `- **Copies:** ${c.copies === 0 ? 'none' : `${countOf(c.copies, 'article')} copying another one`}`,
    `- **Rejected inputs:** ${c.rejected.length === 0 ? 'none' : c.rejected.length}`,
  ];
  for (const r of c.rejected) lines.push(`  - \`${code(r.path)}\`: ${md(r.code)}, ${md(r.reason)}`);
  return lines;
}

function clusterLines(k: ClusterReport): string[] {
  const copies = k.copyCount ? ` (${countOf(k.copyCount, 'copy', 'copies')})` : '';
  const out = [
    `### ${k.number}. ${heading(k.label)}`,
    '',
    `<a id="${safeAnchor(k.anchor)}"></a>`,
    `**${countOf(k.articleCount, 'article')}${copies}, ${md(countOf(k.independentOrigins, 'independent origin'))}:** ${k.origins.map(md).join('; ') || 'none named'}  `,
    ...(k.firstSaid ? [`**First said by** ${md(k.firstSaid.by)} in ${articleLink(k.firstSaid.article)}  `] : []),
    `**Modality:** ${md(formatModalities(k.modalities))}`,
    '',
  ];
  for (const c of k.claims) out.push(...quoteLines(c));
  for (const x of k.contradictions) {
    const title = x.relation === 'denied-by' ? 'Denied by' : x.relation === 'denies' ? 'Denies' : 'Contradicted by';
    out.push('', `**${title}:** [${md(x.cluster.label)}](#${safeAnchor(x.cluster.anchor)})`, '');
    for (const c of x.quotes) out.push(...quoteLines(c));
    if (x.moreCount > 0) out.push(`  *and ${x.moreCount} more under [that claim](#${safeAnchor(x.cluster.anchor)})*`, '');
  }
  out.push('');
  return out;
}

function quoteLines(c: QuotedClaim): string[] {
  const who = c.source
    ? `source: **${md(c.source.name)}** (${md(c.source.kind)}${c.source.via.length ? `, via ${c.source.via.map(md).join(', ')}` : ''})${c.cue ? `, cue “${md(c.cue)}”` : ''}`
    : 'in the article\'s own voice';
  const also = c.alsoIn.length ? `  \n  Same words in ${c.alsoIn.map(articleLink).join('; ')}` : '';
  return [`- ${articleLink(c.article)} — ${md(c.modality)}, ${who}${also}`, '', ...blockquote(c.text, '  '), ''];
}

function evidenceLines(evidence: readonly string[]): string[] {
  if (evidence.length === 0) return [];
  if (evidence.every((e) => e.length <= 40 && !e.includes('\n'))) return [`  Evidence: ${evidence.map((e) => `“${md(e)}”`).join(', ')}`];
  return evidence.flatMap((e) => ['', ...blockquote(e, '  ')]).concat('');
}

function blockquote(text: string, indent: string): string[] {
  return text.trim().split(/\n+/).map((line) => `${indent}> ${mdStart(line.trim())}`);
}

function articleLink(a: ArticleRef): string {
  const where = [a.outlet ? md(a.outlet) : null, a.published ? date(a.published) : 'no date', a.isCopy ? 'a copy' : null].filter(Boolean).join(', ');
  return `*[${md(a.title)}](#${safeAnchor(a.anchor)})* (${where})`;
}

function segments(parts: readonly Segment[]): string {
  return parts.map((p) => (typeof p === 'string' ? md(p) : `“[${md(p.title)}](#${safeAnchor(p.anchor)})”`)).join('');
}

function similarity(value: number | null): string {
  return value === null ? '' : `, similarity ${round(value)}`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Escapes text from an article so Markdown shows it as written, inside a line: no HTML, link, image or emphasis; line
 * breaks become spaces (a line break could start a block: "<script>", "[ref]: javascript:…") and other controls show as
 * escapes ("\x1b"). */
export function md(text: string): string {
  return showInvisible(text.replace(/\s*(?:\r\n?|\n)\s*/g, ' '), `\t${TEXT_DIRECTION_MARKS}`)
    .replace(/[\\`*_{}[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;');
}

/** Escapes text that starts a block (a quote line, a list item) so "1. ", "- " or "# " in it stay text. */
export function mdStart(text: string): string {
  return md(text).replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/, (_m, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

// A closing run of "#" would end an ATX heading early: "Why? #" keeps its "#".
function heading(text: string): string {
  return md(text).replace(/#+\s*$/, (m) => `\\${m}`);
}

// A date in words; a date the dossier got wrong ("<script>") is shown as escaped text.
function date(iso: string): string {
  return md(formatDate(iso));
}

// Inside a code span nothing is markup, but a backtick would end it and a line break could start a block.
function code(text: string): string {
  return showInvisible(text).replace(/`/g, 'ˋ');
}

// Only http(s) addresses become links; anything else ("javascript:…", "data:…") is shown as code, never linked.
function link(url: string): string {
  const href = webUrl(url);
  return href === null ? `\`${code(url)}\` (not a web address, not linked)` : `<${href}>`;
}
