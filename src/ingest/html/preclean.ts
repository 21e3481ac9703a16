// Takes page chrome (menus, cookie banners, share bars, related links, comments...) out of the DOM before the body
// is chosen, keeping each removed block's text with its kind and rule.
import type { Removed, RemovedKind } from '../../core/types.js';
import { type DomDocument, type DomElement, isElement, tagOf, TEXT_NODE, textOf } from './dom.js';
import { SubstringIndex } from './substring-index.js';
import { ARTICLE_ATTR, BOILERPLATE_RULES, EMBED_ATTR, CHROME_ROLES, CHROME_TAGS, MAYBE_CONTENT, SILENT_TAGS, THRESHOLDS } from './rules.js';

/** Collects removed text, cut to a compact size. */
export class RemovedLog {
  readonly items: Removed[] = [];
  /** Full texts logged so far, to tell whether a block was already recorded. */
  private readonly logged = new SubstringIndex();
  add(kind: RemovedKind, rule: string, text: string): void {
    if (text.length < THRESHOLDS.removedMinChars) return;
    this.logged.append(`${text}\n`);
    const t = text.length > THRESHOLDS.removedMaxChars ? `${text.slice(0, THRESHOLDS.removedMaxChars)}…` : text;
    this.items.push({ kind, rule, text: t });
  }
  has(text: string): boolean {
    return this.logged.includes(text);
  }
}

/** The element most likely to hold the article: [itemprop=articleBody], else the <article> with the most paragraph text. */
export function findArticleAnchor(document: DomDocument): DomElement | null {
  const marked = document.querySelector('[itemprop="articleBody"]');
  if (marked) return marked;
  let best: DomElement | null = null, bestLength = 0;
  for (const article of Array.from(document.getElementsByTagName('article'))) {
    let length = 0;
    for (const p of Array.from(article.getElementsByTagName('p'))) length += textOf(p).length;
    if (length > bestLength) { best = article; bestLength = length; }
  }
  return best;
}

/**
 * The element with the most direct paragraph text (sum of its <p> children and its own text nodes): a cheap
 * stand-in for Readability's top candidate, used only to keep the article's ancestors from being removed.
 */
export function findParagraphCore(document: DomDocument): DomElement | null {
  const mass = new Map<DomElement, number>();
  const add = (el: DomElement | null, n: number): void => { if (el) mass.set(el, (mass.get(el) ?? 0) + n); };
  for (const p of Array.from(document.getElementsByTagName('p'))) {
    const n = textOf(p).length;
    if (n >= THRESHOLDS.coreMinParagraphChars) add(p.parentElement, n);
  }
  for (const div of [...Array.from(document.getElementsByTagName('div')), ...Array.from(document.getElementsByTagName('td'))]) {
    for (const node of Array.from(div.childNodes)) {
      if (node.nodeType !== TEXT_NODE) continue;
      const n = (node.textContent ?? '').trim().length;
      if (n >= THRESHOLDS.coreMinParagraphChars) add(div, n);
    }
  }
  let best: DomElement | null = null, bestMass = 0;
  for (const [el, n] of mass) if (n > bestMass) { best = el; bestMass = n; }
  return best;
}

function attrText(el: DomElement): string {
  // class, id and a few data attributes carry the site's own naming of the block
  return [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('data-component'), el.getAttribute('data-testid'), el.getAttribute('aria-label')]
    .filter(Boolean).join(' ');
}

/** Why an element is boilerplate. */
export interface Verdict {
  readonly kind: RemovedKind;
  readonly rule: string;
  /** Strong verdicts (comments, cookie, share, breadcrumb) ignore the paragraph core and the size guard. */
  readonly strong: boolean;
}

function judge(el: DomElement, tag: string): Verdict | 'silent' | null {
  if (SILENT_TAGS.has(tag)) return 'silent';
  if (el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return { kind: 'other', rule: 'hidden', strong: false };
  if (el.getAttribute('aria-hidden') === 'true' && tag !== 'p') return { kind: 'other', rule: 'aria-hidden', strong: false };
  const chromeTag = CHROME_TAGS[tag];
  if (chromeTag) return { kind: chromeTag, rule: `tag:${tag}`, strong: false };
  const role = el.getAttribute('role')?.toLowerCase();
  const chromeRole = role ? CHROME_ROLES[role] : undefined;
  if (chromeRole) return { kind: chromeRole, rule: `role:${role}`, strong: false };
  if (tag === 'figcaption') return { kind: 'caption', rule: 'tag:figcaption', strong: false };
  return judgeAttributes(el);
}

/** The boilerplate rule matching an element's class/id, unless they name the article or a large content container. */
export function judgeAttributes(el: DomElement): Verdict | null {
  const attrs = attrText(el);
  if (!attrs || ARTICLE_ATTR.test(attrs)) return null;
  if (EMBED_ATTR.test(attrs)) {
    // Readability would drop "social-media-embed" as social and its links as link density: the embed is quoted
    // content, so it gets a class Readability weighs as content
    el.setAttribute('class', 'embed-content');
    return null;
  }
  const rule = BOILERPLATE_RULES.find((r) => r.pattern.test(attrs));
  if (!rule) return null;
  if (rule.strong) return { kind: rule.kind, rule: rule.rule, strong: true };
  const length = textOf(el).length;
  // "article-wrapper modal-enabled" holding the whole story is not a modal
  if (MAYBE_CONTENT.test(attrs) && length > THRESHOLDS.maybeContentMinChars) return null;
  // "paywall" or "overlay" holding long prose with few links is the article behind it
  if (length > THRESHOLDS.proseMinChars && linkDensity(el, length) < THRESHOLDS.proseMaxLinkDensity) return null;
  return { kind: rule.kind, rule: rule.rule, strong: false };
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: DomElement, textLength: number): number {
  let linkLength = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linkLength += textOf(a).length;
  return textLength ? linkLength / textLength : 0;
}

/**
 * Removes chrome from `document.body` in place. An element is kept when it is or contains the article anchor or (for weak verdicts) the paragraph core,
 * or when it holds most of the body's text (a page wrapper with an unlucky class name).
 */
export function removeChrome(document: DomDocument, anchor: DomElement | null, core: DomElement | null, log: RemovedLog): void {
  const body = document.body;
  if (!body) return;
  for (const tag of ['script', 'style', 'noscript', 'template']) for (const el of Array.from(document.getElementsByTagName(tag))) el.remove();
  const bodyLength = textOf(body).length;
  const holds = (el: DomElement, x: DomElement | null): boolean => !!x && (el === x || el.contains(x));
  // a comment thread can outweigh a short article: strong verdicts yield only to the marked article
  const isProtected = (el: DomElement, text: string, strong: boolean): boolean =>
    holds(el, anchor) || (!strong && (holds(el, core) || text.length > bodyLength * THRESHOLDS.protectShare));
  const visit = (el: DomElement): void => {
    for (const child of Array.from(el.childNodes)) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      const verdict = judge(child, tag);
      if (verdict === 'silent') { child.remove(); continue; }
      if (verdict) {
        const text = textOf(child);
        if (!isProtected(child, text, verdict.strong)) {
          log.add(verdict.kind, verdict.rule, text);
          child.remove();
          continue;
        }
      }
      visit(child);
    }
  };
  visit(body);
}
