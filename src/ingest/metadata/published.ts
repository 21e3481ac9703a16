// Publication dates: raw strings from metadata, header lines and URLs -> ISO 8601 at the precision given.

/** A date at the precision its source gives: "2024", "2024-09" or "2024-09-26". */
export interface PartialDate {
  readonly value: string;
  readonly precision: 'year' | 'month' | 'day';
}

/** Month names in French and English (and their usual abbreviations), to month numbers. */
const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, january: 1, jan: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  août: 8, aout: 8, august: 8, aug: 8,
  septembre: 9, sept: 9, september: 9, sep: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  décembre: 12, decembre: 12, déc: 12, dec: 12, december: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Earliest year taken for a publication date. */
const MIN_YEAR = 1900;

function make(year: number, month?: number, day?: number): PartialDate | null {
  if (year < MIN_YEAR || year > 2999) return null;
  if (month === undefined) return { value: String(year), precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'month' };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || day < 1) return null;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

const month = (word: string): number | undefined => MONTHS[word.toLowerCase().replace(/\.$/, '')];

/** The date parsers, tried in order; each carries the example it exists for. */
const PARSERS: readonly ((s: string) => PartialDate | null | undefined)[] = [
  // "2024-09-26T10:00:00+02:00", "2024-09-26", "2024-09", "20240926"
  (s) => {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    if (!m) return undefined;
    return make(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined);
  },
  (s) => (/^\d{8}$/.test(s) ? make(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8)) : undefined),
  // "2024" alone
  (s) => (/^\d{4}$/.test(s) ? make(+s) : undefined),
  // "Tue, 21 Mar 2023 10:00:00 GMT", "mardi 21 mars 2023", "1er mars 2023", "21 March 2023"
  (s) => {
    const m = /^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}+\.?)\s+(\d{4})\b/u.exec(s);
    const mo = m && month(m[2]!);
    return m && mo ? make(+m[3]!, mo, +m[1]!) : undefined;
  },
  // "March 21, 2023", "Tuesday, March 21, 2023"
  (s) => {
    const m = /^(?:\p{L}+,?\s+)?(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(s);
    const mo = m && month(m[1]!);
    return m && mo ? make(+m[3]!, mo, +m[2]!) : undefined;
  },
  // "mars 2023", "March 2023"
  (s) => {
    const m = /^(\p{L}+\.?)\s+(\d{4})$/u.exec(s);
    const mo = m && month(m[1]!);
    return m && mo ? make(+m[2]!, mo) : undefined;
  },
  // "21/03/2023", "21.03.2023": day first, as in French; "2023/03/21"
  (s) => {
    let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(s);
    if (m) return make(+m[3]!, +m[2]!, +m[1]!);
    m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
    return m ? make(+m[1]!, +m[2]!, +m[3]!) : undefined;
  },
];

/** Parses one raw date string; null when it is not a date recoupe can read with certainty. */
export function parseDate(raw: string | null | undefined): PartialDate | null {
  const s = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!s) return null;
  for (const parse of PARSERS) {
    const r = parse(s);
    if (r !== undefined) return r;
  }
  return null;
}

/** A date in a URL path: "/2023/03/21/", "/2023/03/", "-2023-03-21-". */
export function dateFromUrl(url: string | null | undefined): PartialDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m) return make(+m[1]!, +m[2]!, +m[3]!);
  m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  return m ? make(+m[1]!, +m[2]!) : null;
}

/** True when the date (at its precision) could be no later than the given instant. */
export function notAfter(date: PartialDate, limitMs: number): boolean {
  const limit = new Date(limitMs);
  const y = limit.getUTCFullYear();
  const ymd = `${y}-${pad(limit.getUTCMonth() + 1)}-${pad(limit.getUTCDate())}`;
  // A day of slack for time zones: a file saved at 00:30 local time may carry yesterday's UTC date.
  const slack = new Date(limitMs + 86_400_000);
  const ymdSlack = `${slack.getUTCFullYear()}-${pad(slack.getUTCMonth() + 1)}-${pad(slack.getUTCDate())}`;
  return date.value <= (date.precision === 'day' ? ymdSlack : ymd.slice(0, date.value.length));
}

/** A wire dateline opening the body: "MOSCOU/PÉKIN, 26 septembre 2024 (agences) -", "WASHINGTON, March 21, 2023 -". */
export function datelineDate(text: string): string | null {
  const m = /^\p{Lu}[\p{Lu}'’ ./-]{1,40},\s+([^()–—\n-]{4,40}?)\s*(?:\(|[–—-]|$)/u.exec(text.slice(0, 200));
  if (!m) return null;
  const raw = m[1]!.trim().replace(/[,.]$/, '');
  return parseDate(raw) ? raw : null;
}
