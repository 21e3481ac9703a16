// Chooses the article element with Readability on the pre-cleaned DOM, then takes the remaining chrome out of it.
import { Readability } from '@mozilla/readability';
import { type DomDocument, type DomElement, type DomNode, isElement, maxDepth, tagOf, TEXT_NODE, textOf } from './dom.js';
import { judgeAttributes, linkDensity, type RemovedLog } from './preclean.js';
import { JUNK_LINES, METADATA_LINES, THRESHOLDS } from './rules.js';
import { type TextBlock, toBlocks } from './text.js';

const POST_CLEAN_BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'section', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table', 'span', 'strong', 'em', 'b', 'i', 'a']);

/** Runs Readability on `document` (which it mutates) and returns the article element, or null. */
export function chooseArticle(document: DomDocument): DomElement | null {
  try {
    const reader = new Readability<DomElement>(document as never, { keepClasses: true, serializer: (node) => node as unknown as DomElement });
    return reader.parse()?.content ?? null;
  } catch {
    return null;
  }
}

/** Longest text (characters) a block may have for the junk-line and link-list checks to apply. */
const SHORT_BLOCK_CHARS = Math.max(240, THRESHOLDS.linkBlockMaxChars);

/** Removes captions, chrome lines and short link lists that Readability kept, logging each. */
export function postClean(article: DomElement, log: RemovedLog): void {
  // Only short blocks are read as text: reading every block's whole text made deep nesting cost depth x length.
  const visible = nonSpaceChars(article);
  const visit = (el: DomElement): void => {
    for (const child of Array.from(el.childNodes)) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'figcaption') { log.add('caption', 'tag:figcaption', textOf(child)); child.remove(); continue; }
      const rule = judgeAttributes(child);
      if (rule && (rule.kind === 'caption' || rule.kind === 'share' || rule.kind === 'newsletter' || rule.kind === 'related')) {
        log.add(rule.kind, rule.rule, textOf(child)); child.remove(); continue;
      }
      if (POST_CLEAN_BLOCKS.has(tag) && (visible.get(child) ?? 0) < SHORT_BLOCK_CHARS) {
        const text = textOf(child);
        const junk = text.length < 240 ? JUNK_LINES.find((j) => j.pattern.test(text)) : undefined;
        if (junk) { log.add(junk.kind, junk.rule, text); child.remove(); continue; }
        if (tag !== 'a' && text.length > 0 && text.length < THRESHOLDS.linkBlockMaxChars && linkDensity(child, text.length) > THRESHOLDS.linkDensity && !/[.!?]["”’)]?$/.test(text)) {
          log.add('teaser', 'link-dense', text); child.remove(); continue;
        }
      }
      visit(child);
    }
  };
  visit(article);
}

/**
 * Characters other than white space under each element, counted once for the whole tree: a lower bound of the
 * length of its text (textOf keeps every such character). Children are visited before their parent is changed, so
 * the counts hold while postClean removes blocks below the one it reads.
 */
function nonSpaceChars(root: DomElement): Map<DomNode, number> {
  const counts = new Map<DomNode, number>();
  const count = (node: DomNode): number => {
    if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, '').length;
    if (!isElement(node)) return 0;
    let n = 0;
    for (const child of Array.from(node.childNodes)) n += count(child);
    counts.set(node, n);
    return n;
  };
  count(root);
  return counts;
}

const normaliseTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A refiner looks at the article's blocks and returns those it keeps, logging the others. */
type BlockRefiner = (blocks: readonly TextBlock[], title: string | null, log: RemovedLog) => TextBlock[];

// the headline repeated as one of the first blocks
const dropTitleRepeat: BlockRefiner = (blocks, title, log) => {
  const t = title ? normaliseTitle(title) : '';
  return blocks.filter((b, i) => {
    const isRepeat = !!t && i < 3 && normaliseTitle(b.text) === t;
    if (isRepeat) log.add('title-repeat', 'block:title-repeat', b.text);
    return !isRepeat;
  });
};

// "By Justine Coleman - 11/18/19 11:04 PM EST", "Updated at 1:23 p.m."
const dropMetadataLines: BlockRefiner = (blocks, _title, log) => blocks.filter((b) => {
  if (b.text.length > METADATA_LINES.maxChars) return true;
  const rule = METADATA_LINES.byline.test(b.text) ? 'line:byline' : METADATA_LINES.stamp.test(b.text) ? 'line:stamp' : METADATA_LINES.date.test(b.text) ? 'line:date' : null;
  if (rule) log.add('metadata-line', rule, b.text);
  return !rule;
});

// "Tags" then "stock car brasil, stock car interlagos, ..."
const dropTagLists: BlockRefiner = (blocks, _title, log) => {
  const out: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (!METADATA_LINES.tagsHeading.test(b.text)) { out.push(b); continue; }
    if (next && next.text.length <= THRESHOLDS.tagListMaxChars && !/[.!?]$/.test(next.text)) {
      log.add('navigation', 'line:tags', `${b.text} ${next.text}`);
      i++;
    } else log.add('navigation', 'line:tags', b.text);
  }
  return out;
};

/** Block refiners, in order. */
const REFINERS: readonly BlockRefiner[] = [dropTitleRepeat, dropMetadataLines, dropTagLists];

/** The article text as blocks: Readability's choice, post-cleaned. Returns [] when nothing article-like was found. */
export function extractBlocks(document: DomDocument, title: string | null, log: RemovedLog): TextBlock[] {
  const body = document.body;
  if (!body) return [];
  const article = maxDepth(body) > THRESHOLDS.maxDepthForReadability ? body : chooseArticle(document);
  if (!article) return [];
  postClean(article, log);
  return REFINERS.reduce<TextBlock[]>((blocks, refine) => refine(blocks, title, log), toBlocks(article));
}
