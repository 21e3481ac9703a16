// RSS 2.0, RSS 1.0 (RDF) and Atom files -> one raw document per item or entry.
import { DOMParser } from 'linkedom';
import type { RawDoc } from '../load.js';
import { looksLikeHtml, MAX_ITEMS_PER_FILE } from './fields.js';

type El = { getElementsByTagName(name: string): ArrayLike<El>; textContent: string | null; getAttribute(name: string): string | null };

/** Reads the items of a feed; an item without any text is reported in problems and skipped. */
export function parseFeed(xml: string, problems: string[]): RawDoc[] {
  let doc: El;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as El;
  } catch (error) {
    problems.push(`not a readable feed (${(error as Error).message})`);
    return [];
  }
  const channelTitle = text(first(doc, 'channel'), 'title') ?? text(first(doc, 'feed'), 'title');
  let items = [...Array.from(doc.getElementsByTagName('item')), ...Array.from(doc.getElementsByTagName('entry'))];
  if (items.length === 0) problems.push('the feed has no <item> or <entry>');
  if (items.length > MAX_ITEMS_PER_FILE) {
    problems.push(`${items.length} items: only the first ${MAX_ITEMS_PER_FILE} were read; split the feed to read the rest`);
    items = items.slice(0, MAX_ITEMS_PER_FILE);
  }
  const docs: RawDoc[] = [];
  items.forEach((item, i) => {
    const body = text(item, 'content:encoded') ?? text(item, 'content') ?? text(item, 'description') ?? text(item, 'summary');
    if (!body) {
      problems.push(`item ${i}: no content, description or summary`);
      return;
    }
    const links = Array.from(item.getElementsByTagName('link'));
    const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
    const url = alternate ? alternate.getAttribute('href') ?? (alternate.textContent?.trim() || null) : null;
    docs.push({
      format: 'feed',
      item: i,
      body,
      bodyIsHtml: looksLikeHtml(body),
      title: text(item, 'title'),
      published: text(item, 'pubDate') ?? text(item, 'published') ?? text(item, 'dc:date') ?? text(item, 'updated'),
      url,
      author: text(item, 'dc:creator') ?? text(first(item, 'author'), 'name') ?? text(item, 'author'),
      outlet: channelTitle,
    });
  });
  return docs;
}

function first(el: El | null, name: string): El | null {
  return el ? (el.getElementsByTagName(name)[0] ?? null) : null;
}

function text(el: El | null, name: string): string | null {
  const found = first(el, name);
  const value = found?.textContent?.trim();
  return value ? value : null;
}
