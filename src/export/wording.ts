// Words shared by the Markdown and HTML reports: counts, dates, languages, signal and boilerplate names.
import type { Claim } from '../core/dossier.js';
import type { RemovedKind } from '../core/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 article", "3 articles"; the plural defaults to the noun + "s". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** An ISO date at any precision the dossier uses, in words: "21 March 2023", "March 2023", "Q3 2024", "20 March (no year)". */
export function formatDate(iso: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${Number(m[3])} ${monthName(m[2]!)} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return `${monthName(m[2]!)} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(iso);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${Number(m[2])} ${monthName(m[1]!)} (no year)`;
  m = /^--(\d{2})$/.exec(iso);
  if (m) return `${monthName(m[1]!)} (no year)`;
  return iso;
}

/** An ISO timestamp in words, in UTC: "21 November 2024 at 23:52 UTC"; anything else is shown as given. */
export function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  const time = Date.parse(iso);
  if (!m || Number.isNaN(time)) return iso;
  const utc = new Date(time).toISOString();
  return `${formatDate(utc.slice(0, 10))} at ${utc.slice(11, 16)} UTC`;
}

function monthName(mm: string): string {
  return MONTHS[Number(mm) - 1] ?? mm;
}

/** A key that sorts ISO dates of mixed precision in reading order: coarser first ("2024" before "2024-07"), quarters at their first month, dates without a year last. */
export function dateSortKey(iso: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(iso);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  if (iso.startsWith('--')) return `~${iso}`; // "~" sorts after every digit
  return iso;
}

/** Compares two ISO dates of mixed precision for sorting, by dateSortKey. */
export function compareDates(a: string, b: string): number {
  const x = dateSortKey(a);
  const y = dateSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "fr" -> "French"; "und" -> "undetermined". */
export function languageName(code: string): string {
  if (code === 'und') return 'undetermined';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code; // not a valid language tag
  }
}

/** What each modality means, for the report's reading guide. */
export const MODALITY_MEANING: Readonly<Record<Claim['modality'], string>> = {
  asserted: "stated as fact in the article's own voice",
  reported: 'attributed to a source ("said", "selon")',
  conditional: 'the journalistic conditional of unconfirmed reports ("auraient fourni")',
  hedged: 'hedged ("could", "pourrait", "may")',
  denied: 'a denial ("rejects", "dément")',
};

/** Modality mix in words, most frequent first: "2 reported, 1 conditional". */
export function formatModalities(mix: readonly { readonly modality: string; readonly count: number }[]): string {
  return mix.map((m) => `${m.count} ${m.modality}`).join(', ');
}

/** Readable titles of the warning signs; an unknown sign shows its name. */
const SIGNAL_TITLES: Readonly<Record<string, string>> = {
  sensational: 'Sensational wording',
  'headline-mismatch': 'Headline not supported by the body',
  'anonymous-sourcing': 'Anonymous sourcing',
  unsourced: 'No named source',
  'no-date': 'No publication date',
  'comments-mixed': 'Reader comments mixed into the text',
  'conditional-heavy': 'The conditional everywhere',
  republished: 'Republication of another article',
};

/** The title of a warning sign: "anonymous-sourcing" -> "Anonymous sourcing". */
export function signalTitle(name: string): string {
  return SIGNAL_TITLES[name] ?? name;
}

/** Readable names of the kinds of removed boilerplate (singular, plural). */
const REMOVED_NAMES: Readonly<Record<RemovedKind, readonly [string, string]>> = {
  comments: ['reader-comment block', 'reader-comment blocks'],
  'comment-chrome': ['comment-section button or label', 'comment-section buttons and labels'],
  moderation: ['moderation notice', 'moderation notices'],
  cookie: ['cookie notice', 'cookie notices'],
  breadcrumb: ['breadcrumb', 'breadcrumbs'],
  caption: ['caption', 'captions'],
  credit: ['credit line', 'credit lines'],
  teaser: ['teaser', 'teasers'],
  related: ['related-articles block', 'related-articles blocks'],
  share: ['sharing button', 'sharing buttons'],
  newsletter: ['newsletter call', 'newsletter calls'],
  navigation: ['navigation block', 'navigation blocks'],
  'title-repeat': ['repeated title', 'repeated titles'],
  'title-translation': ['translated title', 'translated titles'],
  'metadata-line': ['metadata line', 'metadata lines'],
  other: ['other piece', 'other pieces'],
};

/** "3 cookie notices"; an unknown kind shows its name. */
export function formatRemoved(kind: string, count: number): string {
  const names = REMOVED_NAMES[kind as RemovedKind];
  return names ? countOf(count, names[0], names[1]) : `${count} ${kind}`;
}

/** The entity types in reading order, with their section titles. */
export const ENTITY_TYPES = [
  ['person', 'People'],
  ['org', 'Organisations'],
  ['place', 'Places'],
  ['product', 'Products'],
  ['event', 'Events'],
  ['other', 'Other'],
] as const;

/** Shortens text to at most maxChars at a word boundary, with "…" when cut. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
