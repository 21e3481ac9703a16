// Parses any string into a document with a <head> and a <body>, whatever the input looks like.
import { parseHTML } from 'linkedom';
import { type DomDocument, type DomElement, isElement, tagOf } from './dom.js';

const HTML_TAG = /<html[\s>]/i;
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'script', 'style']);

/** Parses HTML with linkedom; fragments are wrapped and a missing <head>/<body> is created, so callers can rely on both. */
export function parseDocument(html: string): DomDocument | null {
  // linkedom needs a root element: a fragment ("<p>hi") or plain text would give a document without one
  const source = HTML_TAG.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  let document: DomDocument;
  try {
    document = parseHTML(source).document as unknown as DomDocument;
  } catch {
    return null;
  }
  const root = document.documentElement;
  if (!root) return null;
  ensureHeadAndBody(document, root);
  return document;
}

function childByTag(root: DomElement, tag: string): DomElement | null {
  for (const child of Array.from(root.children)) if (tagOf(child) === tag) return child;
  return null;
}

// "<html><title>T</title><p>x</p></html>" parses with the <p> straight under <html>: move it into a <body>
function ensureHeadAndBody(document: DomDocument, root: DomElement): void {
  let head = childByTag(root, 'head');
  let body = childByTag(root, 'body');
  if (head && body) return;
  if (!head) head = root.appendChild(document.createElement('head')) as DomElement;
  if (!body) body = root.appendChild(document.createElement('body')) as DomElement;
  for (const node of Array.from(root.childNodes)) {
    if (node === head || node === body) continue;
    if (isElement(node) && HEAD_TAGS.has(tagOf(node))) head.appendChild(node);
    else body.appendChild(node);
  }
}
