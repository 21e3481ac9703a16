// The report as one self-contained HTML page: inline CSS, no scripts, fonts or images; every field of the dossier escaped
// (a dossier may be crafted), ids and in-page links restricted to plain tokens, outside links to http(s) addresses.
import { REPORT_CSS } from './html-style.js';
import { safeAnchor, showInvisible, webUrl } from './untrusted.js';
import type { ArticleRef, ArticleReport, ClusterReport, QuotedClaim, ReportModel, Segment } from './report-model.js';
import { countOf, formatDate, formatTimestamp, formatRemoved, languageName, MODALITY_MEANING, signalTitle } from './wording.js';

/** Renders the report model as an HTML document. */
export function renderHtml(model: ReportModel): string {
  const title = `recoupe report: ${countOf(model.corpus.articles, 'article')}`;
  const entityCount = model.entities.reduce((n, g) => n + g.entities.length, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="recoupe ${esc(model.toolVersion)}">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
<header>
<h1>${esc(title)}</h1>
<p class="meta">Generated from a recoupe dossier (format ${esc(model.dossierVersion)}, recoupe ${esc(model.toolVersion)}) of ${esc(formatTimestamp(model.generatedAt))}.</p>
${corpusHtml(model)}
</header>
<nav class="toc" aria-label="Contents">
<h2>Contents</h2>
<ol>
<li><a href="#claims-that-matter">Claims that matter</a> (${model.claims.length})</li>
<li><a href="#articles">Articles</a> (${model.articles.length})</li>
<li><a href="#timeline">Timeline</a> (${countOf(model.timeline.length, 'date')})</li>
<li><a href="#entities">Entities</a> (${entityCount})</li>
</ol>
</nav>
<main>
${claimsHtml(model)}
<section class="part" id="articles">
<h2>Articles</h2>
${model.articles.map(articleHtml).join('\n')}
</section>
${timelineHtml(model)}
${entitiesHtml(model)}
</main>
</div>
</body>
</html>
`;
}

function corpusHtml(model: ReportModel): string {
  const c = model.corpus;
  const published = c.firstDate && c.lastDate
    ? (c.firstDate === c.lastDate ? formatDate(c.firstDate) : `${formatDate(c.firstDate)} to ${formatDate(c.lastDate)}`) + (c.undated ? `; ${countOf(c.undated, 'article')} without a date` : '')
    : 'no article is dated';
  const rows: [string, string][] = [
    ['Articles', `${countOf(c.articles, 'article')} from ${esc(countOf(c.files, 'file'))}${c.folder ? ` in <code>${escPath(c.folder)}</code>` : ''}${c.skipped ? ` (${c.skipped} other ${c.skipped === 1 ? 'file' : 'files'} passed over)` : ''}`],
    ['Languages', esc(c.languages.map((l) => `${languageName(l.code)} (${l.count})`).join(', ') || 'none')],
    ['Published', esc(published)],
    ['Copies', c.copies === 0 ? 'none' : `${countOf(c.copies, 'article')} copying another one`],
    ['Rejected inputs', c.rejected.length === 0 ? 'none' : `${c.rejected.length}<ul>${c.rejected.map((r) => `<li><code>${escPath(r.path)}</code>: ${esc(r.code)}, ${esc(r.reason)}</li>`).join('')}</ul>`],
  ];
  return `<dl class="summary">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function claimsHtml(model: ReportModel): string {
  const guide = `<div class="guide"><p>A claim that matters is one found in two articles or more, or one that something contradicts. <em>Independent origins</em> counts who first said it; copies and republications count once.</p>
<dl>${Object.entries(MODALITY_MEANING).map(([m, meaning]) => `<dt><span class="badge b-${m}">${m}</span></dt><dd>${esc(meaning)}</dd>`).join('')}</dl></div>`;
  const clusters = model.claims.length === 0 ? '<p>No claim is found in more than one article, and none is contradicted.</p>' : model.claims.map(clusterHtml).join('\n');
  const minorCount = model.minorClaims.reduce((n, g) => n + g.claims.length, 0);
  const minor = minorCount === 0 ? '' : `<h3>Claims found in one article only (${minorCount})</h3>
<ul class="minor">${model.minorClaims.map((g) => `<li>${articleLink(g.article)}<ul>${g.claims.map((c) =>
    `<li id="${anchor(c.anchor)}"${langAttr(g.article.language)}>${c.modality ? `<span class="badge b-${modalityClass(c.modality)}">${esc(c.modality)}</span>` : ''}${esc(c.label)}${c.source ? ` <span class="cite">source: ${esc(c.source)}</span>` : ''}</li>`).join('')}</ul></li>`).join('\n')}</ul>`;
  return `<section class="part" id="claims-that-matter">
<h2>Claims that matter</h2>
${guide}
${clusters}
${minor}
</section>`;
}

function clusterHtml(k: ClusterReport): string {
  const copies = k.copyCount ? ` (${countOf(k.copyCount, 'copy', 'copies')})` : '';
  const lang = k.claims[0]?.article.language ?? 'und';
  const contradictions = k.contradictions.map((x) => {
    const title = x.relation === 'denied-by' ? 'Denied by' : x.relation === 'denies' ? 'Denies' : 'Contradicted by';
    const more = x.moreCount > 0 ? `<p class="cite">and ${x.moreCount} more under <a href="#${anchor(x.cluster.anchor)}">that claim</a></p>` : '';
    return `<div class="contradiction"><h4>${title}: <a href="#${anchor(x.cluster.anchor)}">${esc(x.cluster.label)}</a></h4>${quotesHtml(x.quotes)}${more}</div>`;
  }).join('');
  return `<article class="cluster" id="${anchor(k.anchor)}">
<h3><span class="num">${k.number}.</span><span${langAttr(lang)}>${esc(k.label)}</span></h3>
<p class="counts"><strong>${countOf(k.articleCount, 'article')}${copies}, ${esc(countOf(k.independentOrigins, 'independent origin'))}:</strong> <span class="origins">${esc(k.origins.join('; ') || 'none named')}</span></p>
${k.firstSaid ? `<p class="counts">First said by ${esc(k.firstSaid.by)} in ${articleLink(k.firstSaid.article)}</p>\n` : ''}<p class="counts">${k.modalities.map((m) => `<span class="badge b-${modalityClass(m.modality)}">${m.count} ${esc(m.modality)}</span>`).join('')}</p>
${quotesHtml(k.claims)}
${contradictions}
</article>`;
}

function quotesHtml(claims: readonly QuotedClaim[]): string {
  return `<ol class="quotes">${claims.map((c) => {
    const who = c.source
      ? `source: <b>${esc(c.source.name)}</b> (${esc(c.source.kind)}${c.source.via.length ? `, via ${esc(c.source.via.join(', '))}` : ''})${c.cue ? `, cue “${esc(c.cue)}”` : ''}`
      : 'in the article’s own voice';
    return `<li class="m-${modalityClass(c.modality)}"><blockquote${langAttr(c.article.language)}><p>${paragraphs(c.text)}</p></blockquote>
<p class="cite">${articleLink(c.article)} · <span class="badge b-${modalityClass(c.modality)}">${esc(c.modality)}</span> ${who}${c.alsoIn.length ? `<br>Same words in ${c.alsoIn.map(articleLink).join('; ')}` : ''}</p></li>`;
  }).join('\n')}</ol>`;
}

function articleHtml(a: ArticleReport): string {
  const facts = [
    a.outlet ? `<span class="outlet">${esc(a.outlet)}</span>` : '<em>no outlet</em>',
    a.published ? esc(formatDate(a.published)) : '<em>no date</em>',
    esc(languageName(a.language)),
    ...(a.author ? [`by ${esc(a.author)}`] : []),
  ];
  const file = `<code>${escPath(a.path)}</code>${a.url ? ` · ${link(a.url)}` : ''}`;
  const notes: string[] = [];
  if (a.duplicateOf) notes.push(`<p class="note"><strong>Copy of</strong> ${articleLink(a.duplicateOf.article)}${similarity(a.duplicateOf.similarity)}</p>`);
  for (const c of a.copies) notes.push(`<p class="note"><strong>Copied by</strong> ${articleLink(c.article)}${similarity(c.similarity)}</p>`);
  const signals = a.signals.length === 0
    ? '<p class="ok">No warning sign.</p>'
    : a.signals.map((s) => `<div class="signal"><h4>${esc(signalTitle(s.name))} <span class="score">score ${round(s.score)}</span></h4><p>${segments(s.explanation)}</p>${evidenceHtml(s.evidence, a.language)}</div>`).join('');
  const extra = [
    `${countOf(a.claimCount, 'claim')} found`,
    a.removed.length ? `removed as boilerplate: ${esc(a.removed.map((r) => formatRemoved(r.kind, r.count)).join(', '))}` : 'no boilerplate removed',
    countOf(a.comments, 'reader comment'),
    ...(a.credits.length ? [`credits: ${esc(a.credits.map((c) => `${c.name} (${c.of})`).join(', '))}`] : []),
  ];
  const clusters = a.clusters.length ? `<p class="extra">In claims that matter: ${a.clusters.map((k) => `<a href="#${anchor(k.anchor)}" title="${attr(k.label)}">${k.number}</a>`).join(', ')}</p>` : '';
  return `<article class="article" id="${anchor(a.anchor)}">
<h3${langAttr(a.language)}>${esc(a.title)}</h3>
<p class="facts">${facts.join(' · ')}<br>${file}</p>
${notes.join('\n')}
${signals}
<p class="extra">${extra.join('; ')}.</p>
${clusters}
</article>`;
}

function evidenceHtml(evidence: readonly string[], language: string): string {
  if (evidence.length === 0) return '';
  if (evidence.every((e) => e.length <= 40 && !e.includes('\n'))) {
    return `<p class="evidence-words"${langAttr(language)}>Evidence: ${evidence.map((e) => `<q>${esc(e)}</q>`).join(' ')}</p>`;
  }
  return evidence.map((e) => `<blockquote${langAttr(language)}><p>${paragraphs(e)}</p></blockquote>`).join('');
}

function timelineHtml(model: ReportModel): string {
  const days = model.timeline.map((day) => `<div class="day"><h3>${esc(formatDate(day.date))}</h3><ul>${day.items.map((t) =>
    `<li><span${langAttr(t.article.language)}>${esc(t.before)}<mark>${esc(t.expression)}</mark>${esc(t.after)}</span>${t.until ? ` (until ${esc(formatDate(t.until))})` : ''}<span class="cite">${[t.article, ...t.alsoIn].map(articleLink).join('; ')}</span></li>`).join('')}</ul></div>`);
  return `<section class="part" id="timeline">
<h2>Timeline</h2>
<p class="guide">Every dated expression, resolved against its article’s date, oldest first.</p>
${days.length ? days.join('\n') : '<p>No dated expression was found.</p>'}
</section>`;
}

function entitiesHtml(model: ReportModel): string {
  const groups = model.entities.map((g) => `<h3>${esc(g.title)} (${g.entities.length})</h3>
<table><thead><tr><th>Name</th><th>Also written</th><th class="n">Articles</th><th class="n">Mentions</th></tr></thead><tbody>
${g.entities.map((e) => `<tr><td>${esc(e.name)}</td><td class="aliases">${esc(e.aliases.join(', '))}</td><td class="n">${e.articleCount}</td><td class="n">${e.mentionCount}</td></tr>`).join('\n')}
</tbody></table>`);
  return `<section class="part" id="entities">
<h2>Entities</h2>
${groups.length ? groups.join('\n') : '<p>No entity was found.</p>'}
</section>`;
}

function articleLink(a: ArticleRef): string {
  const where = [a.outlet, a.published ? formatDate(a.published) : 'no date', a.isCopy ? 'a copy' : null].filter(Boolean).join(', ');
  return `<a href="#${anchor(a.anchor)}"${langAttr(a.language)}>${esc(a.title)}</a> (${esc(where)})`;
}

function segments(parts: readonly Segment[]): string {
  return parts.map((p) => (typeof p === 'string' ? esc(p) : `“<a href="#${anchor(p.anchor)}">${esc(p.title)}</a>”`)).join('');
}

function paragraphs(text: string): string {
  return text.trim().split(/\n\s*\n/).map((p) => esc(p.trim()).replace(/\n/g, '<br>')).join('</p><p>');
}

function similarity(value: number | null): string {
  return value === null ? '' : `, similarity ${round(value)}`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function langAttr(language: string): string {
  return language && language !== 'und' ? ` lang="${attr(language)}"` : '';
}

// Only web links become links, shown as they go (normalised); a "javascript:" or "data:" URL stays text.
function link(url: string): string {
  const href = webUrl(url);
  return href === null ? `<code>${escPath(url)}</code> (not a web address, not linked)` : `<a href="${attr(href)}">${esc(href)}</a>`;
}

// A file name or URL with its invisible characters shown: a right-to-left override cannot make "exe.txt" read "txt.exe".
function escPath(text: string): string {
  return esc(showInvisible(text));
}

// A class from a modality the report knows; a crafted one ("x contradiction") cannot restyle the page.
function modalityClass(modality: string): string {
  return Object.hasOwn(MODALITY_MEANING, modality) ? modality : 'unknown';
}

// An id or in-page link: our anchors are plain tokens already; one from a model built by code is checked again.
function anchor(text: string): string {
  return attr(safeAnchor(text));
}

/** Escapes text for HTML element content. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function attr(text: string): string {
  return esc(text);
}
