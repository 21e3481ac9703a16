// Turns the chosen article element into plain text: one block per paragraph, heading or list item.
import { type DomElement, type DomNode, isElement, tagOf, TEXT_NODE } from './dom.js';

/** One block of article text. */
export interface TextBlock {
  readonly text: string;
  /** "li" blocks join with a single newline; everything else with a blank line. */
  readonly kind: 'p' | 'h' | 'li' | 'pre';
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'figure', 'figcaption', 'ul', 'ol',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'address', 'center', 'hr', 'details',
  'summary', 'body', 'html',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** Splits an element into text blocks, whitespace-normalised. */
export function toBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line = '';
  let kind: TextBlock['kind'] = 'p';
  const flush = (): void => {
    const text = line.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (text) blocks.push({ text, kind });
    line = '';
    kind = 'p';
  };
  const walk = (node: DomNode, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      line += inPre ? t : t.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') { line += '\n'; return; }
    if (tag === 'img') return;
    const isHeading = HEADING_TAGS.has(tag);
    if (isHeading || tag === 'li' || tag === 'pre' || BLOCK_TAGS.has(tag)) {
      flush();
      for (const child of Array.from(node.childNodes)) walk(child, inPre || tag === 'pre');
      kind = isHeading ? 'h' : tag === 'li' ? 'li' : tag === 'pre' ? 'pre' : kind;
      flush();
      return;
    }
    if (CELL_TAGS.has(tag) && line && !line.endsWith(' ')) line += ' ';
    for (const child of Array.from(node.childNodes)) walk(child, inPre);
    if (CELL_TAGS.has(tag)) line += ' ';
  };
  walk(root, false);
  flush();
  return blocks;
}

/** Joins blocks: paragraphs and headings separated by a blank line, consecutive list items by one newline. */
export function joinBlocks(blocks: readonly TextBlock[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.kind === 'li' && blocks[i - 1]?.kind === 'li' ? '\n' : '\n\n';
    out += b.text;
  });
  return out;
}
