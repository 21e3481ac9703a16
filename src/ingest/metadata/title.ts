// Titles: a URL slug is not a title; an article with no title gets its first sentence.

/** "Chinese-experts-Russian-drones-factory" or "chinese_experts_drones.html": words joined by - or _ with no space. */
export function isSlug(title: string): boolean {
  return !/\s/.test(title.trim()) && /[\p{L}\d][-_][\p{L}\d]/u.test(title) && title.split(/[-_]/).length >= 3;
}

/** Makes words of a slug: "Chinese-experts-Russian-drones-factory" -> "Chinese experts Russian drones factory". */
export function deslug(slug: string): string {
  const words = slug
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[-_]+/)
    .filter((w) => w && !/^\d{5,}$/.test(w)); // trailing numeric ids say nothing
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The last path segment of a URL, when it is a slug. */
export function slugFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return isSlug(last) ? last : null;
}

/** The first sentence of a text, cut at a word boundary, for articles with no title at all. */
export function firstSentence(text: string, maxChars = 140): string {
  const para = text.trim().split('\n')[0] ?? '';
  const m = /^.+?[.!?](?=\s|$)/u.exec(para);
  const s = (m ? m[0] : para).trim();
  if (s.length <= maxChars) return s;
  // Never between the two halves of a surrogate pair (an emoji): a lone half is not storable text.
  const end = /[\ud800-\udbff]/.test(s[maxChars - 1] ?? '') ? maxChars - 1 : maxChars;
  const cut = s.slice(0, end);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : end)}…`;
}
