// Reports of a crafted dossier: every field is hostile. Each row plants one attack in one field of the sample dossier;
// the dossier goes to the renderers without the schema (as code may call them), and both reports must stay inert: no
// HTML but ours, no script or handler, no image, no link but to our anchors and to http(s) addresses, no id outside the
// safe pattern, no control character. The schema must refuse the crafted ids on its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Dossier } from '../core/dossier.js';
import { REPORT_CSS } from './html-style.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { parseDossier } from './read-dossier.js';
import { buildReportModel } from './report-model.js';
import { CLAIMS, CLUSTERS, IDS, sampleDossier } from './sample-dossier.js';

type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Crafted = DeepMutable<Dossier>;

const SAFE_ANCHOR = /^[A-Za-z][A-Za-z0-9_-]*$/;
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

function crafted(change: (d: Crafted) => void): Crafted {
  const d = structuredClone(sampleDossier()) as Crafted;
  change(d);
  return d;
}

const article = (d: Crafted, id: string) => d.articles.find((a) => a.id === id)!;
const claim = (d: Crafted, id: string) => d.claims.find((c) => c.id === id)!;
const cluster = (d: Crafted, id: string) => d.clusters.find((k) => k.id === id)!;

// A cluster id changed everywhere it is named, so the crafted id reaches ids and links.
function renameCluster(d: Crafted, from: string, to: string): void {
  for (const k of d.clusters) {
    if (k.id === from) k.id = to;
    k.contradicts = k.contradicts.map((id) => (id === from ? to : id));
  }
  for (const c of d.claims) if (c.cluster === from) c.cluster = to;
}

function renameArticle(d: Crafted, from: string, to: string): void {
  for (const a of d.articles) {
    if (a.id === from) a.id = to;
    if (a.duplicateOf === from) a.duplicateOf = to;
  }
  for (const c of d.claims) if (c.article === from) c.article = to;
  for (const k of d.clusters) k.articles = k.articles.map((id) => (id === from ? to : id));
  for (const t of d.timeline) if (t.article === from) t.article = to;
  for (const e of d.entities) for (const m of e.mentions) if (m.article === from) m.article = to;
}

// A value of the wrong type, as a crafted dossier may hold where the schema is not checked.
function set(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

/** [what, the attack, a text the HTML report must show as written (or null)] */
const ATTACKS: [string, (d: Crafted) => void, string | null][] = [
  ['a javascript: URL', (d) => { article(d, IDS.wire).source.url = 'javascript:alert(1)'; }, 'javascript:alert(1)'],
  ['a javascript: URL in mixed case', (d) => { article(d, IDS.wire).source.url = 'JaVaScRiPt:alert(1)'; }, null],
  ['a javascript: URL after a space', (d) => { article(d, IDS.wire).source.url = ' javascript:alert(1)'; }, null],
  ['a data: URL', (d) => { article(d, IDS.wire).source.url = `data:text/html,${SCRIPT}`; }, `data:text/html,${SCRIPT}`],
  ['a vbscript: URL', (d) => { article(d, IDS.wire).source.url = 'vbscript:msgbox(1)'; }, null],
  ['a URL with ">" and spaces', (d) => { article(d, IDS.wire).source.url = `https://ok.example/a> ${SCRIPT} <b`; }, null],
  ['a URL with a line break', (d) => { article(d, IDS.wire).source.url = `https://ok.example/\n${SCRIPT}\n[x]: javascript:alert(1)`; }, null],
  ['a URL that closes the attribute', (d) => { article(d, IDS.wire).source.url = 'https://ok.example/x" onmouseover="alert(1)'; }, null],
  ['a <script> title', (d) => { article(d, IDS.wire).title = SCRIPT; }, SCRIPT],
  ['an <img onerror> title', (d) => { article(d, IDS.copy).title = IMG; }, IMG],
  ['a Markdown link in a title', (d) => { article(d, IDS.wire).title = '[x](javascript:alert(1))'; }, '[x](javascript:alert(1))'],
  ['a remote image in a title', (d) => { article(d, IDS.wire).title = '![](http://evil.example/pixel.png)'; }, '![](http://evil.example/pixel.png)'],
  ['an autolink in a title', (d) => { article(d, IDS.wire).title = '<javascript:alert(1)>'; }, null],
  ['a title with a carriage return and HTML', (d) => { article(d, IDS.wire).title = `x\r${SCRIPT}`; }, null],
  ['a link reference definition in a claim', (d) => { claim(d, CLAIMS.testedWire).text = 'Said.\n[x]: javascript:alert(1)\n\n[x]'; }, null],
  ['an image and HTML in a claim', (d) => { claim(d, CLAIMS.testedWire).text = `![a](http://evil.example/a.png)\n${IMG}\n\n${SCRIPT}`; }, null],
  ['a claim that opens a fence and a block of HTML', (d) => { claim(d, CLAIMS.warWire).text = '```\n<div onclick="x">\n~~~'; }, null],
  ['a cluster label', (d) => { cluster(d, CLUSTERS.tested).label = `"><script>alert(1)</script>[x](javascript:alert(1) "t")`; }, null],
  ['an entity name and alias', (d) => { d.entities[0]!.name = SCRIPT; d.entities[0]!.aliases = ['![x](http://evil.example/)', IMG]; }, SCRIPT],
  ['a cue', (d) => { claim(d, CLAIMS.testedWire).attribution!.cue = `</a>${SCRIPT}`; }, null],
  ['a source name and via', (d) => { const a = claim(d, CLAIMS.testedWire).attribution!; a.source.name = IMG; a.via = ['[x](javascript:alert(1))']; }, null],
  ['a source kind', (d) => { set(claim(d, CLAIMS.testedWire).attribution!.source, 'kind', SCRIPT); }, null],
  ['a modality', (d) => { set(claim(d, CLAIMS.lin), 'modality', `"><img src=x onerror=alert(1)>`); }, null],
  ['a modality that would restyle the page', (d) => { set(claim(d, CLAIMS.testedWire), 'modality', 'x contradiction signal'); }, null],
  ['a signal name, explanation and evidence', (d) => {
    const s = article(d, IDS.blog).signals[0]!;
    s.name = SCRIPT;
    s.explanation = `${IMG} [x](javascript:alert(1)) a_0000000000000001`;
    s.evidence = [{ start: 0, end: 1, text: `${SCRIPT}\n<iframe src="http://evil.example/">` }];
  }, null],
  ['a signal score that is a string', (d) => { set(article(d, IDS.blog).signals[0]!, 'score', SCRIPT); }, null],
  ['a rejection path, code and reason', (d) => { d.inputs.rejected = [{ path: `/corpus/story/a\`${SCRIPT}\`\r${SCRIPT}\n<b>`, code: IMG, reason: `${SCRIPT}\n[x]: javascript:alert(1)` }]; }, null],
  ['an article path', (d) => { article(d, IDS.wire).source.path = `/corpus/story/\`x\`\r${SCRIPT}\u202etxt.exe`; }, null],
  ['an outlet and an author', (d) => { article(d, IDS.wire).outlet = IMG; article(d, IDS.wire).author = '*[x](javascript:alert(1))*'; }, IMG],
  ['a published date', (d) => { article(d, IDS.wire).published = SCRIPT; }, null],
  ['a timeline date', (d) => { d.timeline[0]!.date = IMG; d.timeline[0]!.until = SCRIPT; }, null],
  ['a language', (d) => { article(d, IDS.wire).language = `"><script>alert(1)</script>`; }, null],
  ['a removed kind', (d) => { set(article(d, IDS.blog).removed[0]!, 'kind', SCRIPT); }, null],
  ['a credit', (d) => { article(d, IDS.wire).credits = [{ text: 'x', name: IMG, of: 'text' }]; set(article(d, IDS.wire).credits[0]!, 'of', SCRIPT); }, null],
  ['counts that are strings', (d) => { set(d.inputs, 'files', SCRIPT); set(cluster(d, CLUSTERS.tested), 'independentOrigins', IMG); }, null],
  ['versions and the time of the dossier', (d) => { d.version = SCRIPT; d.tool.version = `"><script>alert(1)</script>`; d.generatedAt = IMG; }, null],
  ['a cluster id that closes the attribute', (d) => renameCluster(d, CLUSTERS.tested, 'x" onmouseover="alert(1)'), null],
  ['a cluster id that closes the anchor', (d) => renameCluster(d, CLUSTERS.denial, `</a>${SCRIPT}`), null],
  ['a cluster id that ends the Markdown link', (d) => renameCluster(d, CLUSTERS.lin, 'x) ![](http://evil.example/) ('), null],
  ['an article id that ends the Markdown link', (d) => renameArticle(d, IDS.wire, 'x) ![](http://evil.example/pixel.png) ('), null],
  ['an article id named by a claim but missing', (d) => { claim(d, CLAIMS.testedBlog).article = `"><img src=x onerror=alert(1)>`; }, null],
  ['a copy of an article id that is markup', (d) => { article(d, IDS.copy).duplicateOf = `"${SCRIPT}`; }, null],
];

describe('reports of a crafted dossier', () => {
  for (const [what, attack, shown] of ATTACKS) {
    it(`stay inert with ${what}`, () => {
      const model = buildReportModel(crafted(attack) as Dossier);
      const html = renderHtml(model);
      assert.deepEqual(htmlProblems(html), [], 'HTML');
      assert.deepEqual(markdownProblems(renderMarkdown(model)), [], 'Markdown');
      if (shown !== null) assert.ok(parseHTML(html).document.body.textContent!.includes(shown), `the HTML does not show ${shown}`);
    });
  }

  it('shows a URL that is not a web address as code, never as a link', () => {
    const model = buildReportModel(crafted((d) => { article(d, IDS.wire).source.url = 'javascript:alert(1)'; }) as Dossier);
    assert.ok(renderMarkdown(model).includes('`javascript:alert(1)` (not a web address, not linked)'));
    assert.ok(renderHtml(model).includes('<code>javascript:alert(1)</code> (not a web address, not linked)'));
  });

  it('links a web address as it goes, normalised', () => {
    const model = buildReportModel(crafted((d) => { article(d, IDS.wire).source.url = 'https://ok.example/a b<c>'; }) as Dossier);
    assert.ok(renderMarkdown(model).includes('<https://ok.example/a%20b%3Cc%3E>'));
    assert.ok(renderHtml(model).includes('<a href="https://ok.example/a%20b%3Cc%3E">https://ok.example/a%20b%3Cc%3E</a>'));
  });

  it('shows invisible characters of a path as escapes', () => {
    const model = buildReportModel(crafted((d) => { article(d, IDS.wire).source.path = '/corpus/story/photo\u202egpj.exe\r\x1b[2J'; }) as Dossier);
    assert.ok(renderMarkdown(model).includes('`photo\\u202egpj.exe\\r\\x1b[2J`'));
    assert.ok(renderHtml(model).includes('<code>photo\\u202egpj.exe\\r\\x1b[2J</code>'));
  });

  it('keeps the links to a crafted cluster id landing on its entry', () => {
    const model = buildReportModel(crafted((d) => renameCluster(d, CLUSTERS.tested, 'x" onmouseover="alert(1)')) as Dossier);
    const { document } = parseHTML(renderHtml(model));
    const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
    const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    assert.deepEqual(targets.filter((t) => !ids.has(t)), []);
  });
});

describe('the schema refuses crafted ids', () => {
  const rows: [string, (d: Crafted) => void, RegExp][] = [
    ['a cluster id', (d) => renameCluster(d, CLUSTERS.tested, 'x" onmouseover="alert(1)'), /\/claims\/0\/cluster must match pattern "\^k_/],
    ['a cluster named by a claim', (d) => { claim(d, CLAIMS.lin).cluster = `</a>${SCRIPT}`; }, /\/claims\/7\/cluster must match pattern/],
    ['a contradicted cluster', (d) => { cluster(d, CLUSTERS.denial).contradicts = ['claim-x']; }, /\/clusters\/0\/contradicts\/0 must match pattern/],
    ['a claim id', (d) => { claim(d, CLAIMS.lin).id = 'c_lin'; }, /\/claims\/7\/id must match pattern/],
    ['a claim named by a cluster', (d) => { cluster(d, CLUSTERS.lin).claims = ['"><b>']; }, /\/clusters\/2\/claims\/0 must match pattern/],
    ['an article id', (d) => { article(d, IDS.wire).id = 'x) ![](http://evil.example/)'; }, /\/articles\/2\/id must match pattern/],
    ['an article named by a claim', (d) => { claim(d, CLAIMS.lin).article = 'a_1'; }, /\/claims\/7\/article must match pattern/],
    ['the article a copy copies', (d) => { article(d, IDS.copy).duplicateOf = SCRIPT; }, /\/articles\/1\/duplicateOf must match pattern/],
    ['an article named by the timeline', (d) => { d.timeline[0]!.article = SCRIPT; }, /\/timeline\/0\/article must match pattern/],
    ['an entity id', (d) => { d.entities[0]!.id = 'e_russia'; }, /\/entities\/0\/id must match pattern/],
    ['an article named by a mention', (d) => { d.entities[0]!.mentions[0]!.article = 'x'; }, /\/entities\/0\/mentions\/0\/article must match pattern/],
  ];
  for (const [what, attack, message] of rows) {
    it(`refuses ${what}`, () => assert.throws(() => parseDossier(JSON.stringify(crafted(attack)), 'crafted'), message));
  }

  it('accepts the ids recoupe writes', () => assert.doesNotThrow(() => parseDossier(JSON.stringify(sampleDossier()), 'sample')));
});

// ---- what "inert" means, checked on the raw text so no parser's leniency hides a hole

const HTML_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'dl', 'dt', 'dd', 'nav', 'ol', 'ul', 'li', 'a', 'main', 'section', 'article', 'span', 'strong', 'em', 'b', 'code', 'blockquote', 'q', 'mark', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br']);
const HTML_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'class', 'id', 'href', 'title', 'aria-label', 'html']);
// The classes of the style sheet and of the sample's report: a crafted value must not add one (and restyle the page).
const HTML_CLASSES = new Set([
  ...[...REPORT_CSS.matchAll(/\.([a-z][a-z0-9-]*)/g)].map((m) => m[1]!),
  ...[...renderHtml(buildReportModel(sampleDossier())).matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')),
  'b-unknown', 'm-unknown',
]);

/** What makes an HTML report not inert: a tag or attribute we do not write, an id or link outside what is allowed. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(body)) problems.push('a control character');
  for (const m of body.matchAll(/<(?![a-zA-Z!/])/g)) problems.push(`a bare "<" at ${m.index}`);
  for (const m of body.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9]*)([^>]*)>/g)) {
    if (!HTML_TAGS.has(m[1]!.toLowerCase())) problems.push(`tag <${m[1]}>`);
    const rest = m[2]!.replace(/\s+([a-z-]+)(="[^"<>]*")?/g, (_all, name: string) => {
      if (!HTML_ATTRIBUTES.has(name)) problems.push(`attribute ${name} in <${m[1]}>`);
      return '';
    });
    if (rest.trim() !== '') problems.push(`unparsed attributes ${JSON.stringify(rest)} in <${m[1]}>`);
  }
  const { document } = parseHTML(html);
  for (const e of document.querySelectorAll('[id]')) if (!SAFE_ANCHOR.test(e.getAttribute('id')!)) problems.push(`id ${e.getAttribute('id')}`);
  for (const e of document.querySelectorAll('[class]')) {
    for (const name of e.getAttribute('class')!.split(/\s+/)) if (!HTML_CLASSES.has(name)) problems.push(`class ${name}`);
  }
  for (const a of document.querySelectorAll('[href]')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#') ? !SAFE_ANCHOR.test(href.slice(1)) : !isWebUrl(href)) problems.push(`href ${href}`);
  }
  return problems;
}

/** What makes a Markdown report not inert, read as CommonMark/GFM would: HTML but our anchors, a link or image, a link reference definition, a control character. */
function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) problems.push('a control character or line ending other than "\\n"');
  for (const line of text.split('\n')) {
    // our anchors, and autolinks to web addresses, are the only "<" allowed
    const rest = residue(line)
      .replace(/<a id="[A-Za-z][A-Za-z0-9_-]*"><\/a>/g, '⚓')
      .replace(/<([^\s<>]*)>/g, (all, url: string) => (isWebUrl(url) ? '🔗' : all));
    if (rest.includes('<')) problems.push(`HTML or autolink: ${line}`);
    if (rest.includes('![')) problems.push(`an image: ${line}`);
    for (const m of rest.matchAll(/\]\(/g)) {
      if (!/^\]\(#[A-Za-z][A-Za-z0-9_-]*(?: "[^"]*")?\)/.test(rest.slice(m.index))) problems.push(`a link: ${line}`);
    }
    if (/^(?:\s*(?:[-*+>]|\d+[.)]))*\s*\[[^\]]*\]:/.test(rest)) problems.push(`a link reference definition: ${line}`);
    if (/^\s*(?:```|~~~)/.test(rest)) problems.push(`a code fence: ${line}`);
  }
  return problems;
}

// The line as markup sees it: escaped characters become "·", code spans (literal) become "§".
function residue(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) {
      out += '·';
      i++;
    } else if (c === '`') {
      const close = line.indexOf('`', i + 1);
      if (close < 0) return `${out}${line.slice(i)}`;
      out += '§';
      i = close;
    } else out += c;
  }
  return out;
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href === text;
  } catch {
    return false;
  }
}
