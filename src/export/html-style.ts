// The HTML report's style sheet, inlined so the page works offline: system fonts only, no images, print-friendly.

/** CSS of the HTML report. */
export const REPORT_CSS = `
:root {
  --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --paper: #fff; --tint: #f6f6f8; --link: #0b57a4;
  --asserted: #3c4043; --reported: #0b6e4f; --conditional: #8a5a00; --hedged: #6a4c93; --denied: #b3261e; --warn: #fff4e5; --warn-edge: #e8a33d;
}
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin: 0; background: var(--paper); color: var(--ink); font-family: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif; line-height: 1.55; }
.page { max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1, h2, h3, h4, .meta, .facts, .cite, .counts, .badge, nav, table, .guide, .summary, .minor, .extra, .note, .ok { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; margin: 3rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.12rem; line-height: 1.35; margin: 0 0 .4rem; }
h4 { font-size: .95rem; margin: 1rem 0 .4rem; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.meta { color: var(--muted); font-size: .85rem; margin: 0 0 1rem; }
.summary { list-style: none; padding: 0; margin: 1rem 0; display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .92rem; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; }
nav.toc { background: var(--tint); border-radius: 6px; padding: .8rem 1.2rem; margin: 1.5rem 0; font-size: .92rem; }
nav.toc h2 { border: 0; font-size: 1rem; margin: 0 0 .3rem; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.3rem; }
.guide { color: var(--muted); font-size: .85rem; }
.guide dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .5rem 0 0; }
.guide dd { margin: 0; }
.cluster, .article { border-top: 1px solid var(--rule); padding: 1.4rem 0 .6rem; }
.cluster h3 .num { color: var(--muted); font-weight: 400; margin-right: .35rem; }
.counts { font-size: .92rem; margin: .2rem 0; }
.counts .origins { color: var(--muted); }
.quotes { list-style: none; padding: 0; margin: .8rem 0 0; }
.quotes li { margin: 0 0 .9rem; break-inside: avoid; }
blockquote { margin: 0; padding: .15rem 0 .15rem .9rem; border-left: 3px solid var(--rule); }
blockquote p { margin: 0; }
.m-denied blockquote, blockquote.m-denied { border-left-color: var(--denied); }
.cite { font-size: .8rem; color: var(--muted); margin: .25rem 0 0 .95rem; }
.cite a { font-weight: 600; }
.badge { display: inline-block; font-size: .72rem; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; padding: .05rem .4rem; border-radius: 3px; border: 1px solid currentColor; margin-right: .3rem; white-space: nowrap; }
.b-asserted { color: var(--asserted); } .b-reported { color: var(--reported); } .b-conditional { color: var(--conditional); } .b-hedged { color: var(--hedged); } .b-denied { color: var(--denied); }
.contradiction { margin: 1rem 0 .5rem; padding: .6rem .9rem .2rem; background: #fdf1f0; border-left: 4px solid var(--denied); border-radius: 0 6px 6px 0; }
.contradiction h4 { margin-top: 0; color: var(--denied); }
.minor { font-size: .88rem; }
.minor > li { margin-bottom: .5rem; }
.minor ul { margin: .2rem 0 0; padding-left: 1.1rem; color: var(--ink); }
.minor .badge { font-size: .62rem; }
.facts { color: var(--muted); font-size: .88rem; margin: 0 0 .6rem; }
.facts .outlet { color: var(--ink); font-weight: 600; }
.facts code { font-size: .8rem; }
.note { font-size: .92rem; margin: .3rem 0; }
.signal { background: var(--warn); border-left: 4px solid var(--warn-edge); border-radius: 0 6px 6px 0; padding: .55rem .9rem; margin: .6rem 0; }
.signal h4 { margin: 0 0 .2rem; font-size: .92rem; }
.signal h4 .score { color: var(--muted); font-weight: 400; }
.signal p { margin: 0 0 .3rem; font-size: .95rem; }
.signal blockquote { border-left-color: var(--warn-edge); font-size: .92rem; margin: .35rem 0; }
.evidence-words { font-size: .92rem; }
.evidence-words q { background: #ffe2b8; padding: 0 .2rem; border-radius: 2px; }
.ok { color: var(--reported); font-size: .9rem; }
.extra { color: var(--muted); font-size: .82rem; margin: .4rem 0; }
.extra a { font-weight: 500; }
.day { margin: 1.2rem 0; break-inside: avoid; }
.day h3 { font-size: 1rem; margin-bottom: .3rem; }
.day ul { margin: 0; padding-left: 1.1rem; }
.day li { margin-bottom: .35rem; }
.day .cite { display: block; margin-left: 0; }
mark { background: #fff1a8; padding: 0 .1rem; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; border-bottom: 2px solid var(--ink); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; width: 5rem; }
td.aliases { color: var(--muted); }
@media (max-width: 600px) { html { font-size: 16px; } .page { padding: 1.2rem 1rem 3rem; } }
@media print {
  html { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  nav.toc { background: none; border: 1px solid var(--rule); }
  a { color: inherit; }
  section.part > h2 { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .signal, .contradiction { break-inside: avoid; }
}
`;
