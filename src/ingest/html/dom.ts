// The small part of the DOM that the HTML extractor uses, typed here because the project compiles without lib.dom.
// linkedom (and jsdom) documents satisfy these shapes; the casts live in parse.ts only.

/** A DOM node as the extractor reads it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  remove(): void;
}

/** A DOM element as the extractor reads it. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  /** Much faster than querySelectorAll in linkedom: prefer it for plain tag lookups. */
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  contains(node: DomNode | null): boolean;
}

/** A DOM document as the extractor reads it. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** True when the node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name of an element ("div"). */
export function tagOf(el: DomElement): string {
  return (el.localName ?? el.tagName ?? '').toLowerCase();
}

/** Whitespace-normalised text content of a node. */
export function textOf(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Depth of the deepest element under root (root = 0), walked without recursion so any depth is safe. */
export function maxDepth(root: DomElement): number {
  let max = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}
