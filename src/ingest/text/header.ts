// The metadata lines under a scraped title: outlet, date and byline, alone or together on one line.
//   "Baltic Ledger" / "March 21, 2023" / "By Anneli Roos"
//   "L'Observateur des Marches | Publié le 28/09/2024 à 14:05 | Par Théo Landrieu"
//   "Nouvelles de l'Est - 21 mars 2023 - 18:20"
import { parseDate } from '../metadata/published.js';
import { AUTHOR_LINE } from './rules.js';

/** What the header lines said, and the lines they took. */
export interface HeaderBlock {
  readonly date: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  /** Indexes of the lines read as metadata. */
  readonly lines: number[];
}

/** How many lines under the title are looked at. */
const MAX_HEADER_LINES = 6;
/** Longest metadata line, in words. */
const MAX_HEADER_WORDS = 25;

const SEPARATOR = /\s+[|·•—–-]\s+|\s*\|\s*/;
const DATE_PREFIX = /^(?:publié(?:e)?|published|mis à jour|updated|posted|modifié(?:e)?|date|dated|le|on)(?=[\s:：]|$)\s*(?:le|on)?\s*[:：]?\s*/i;
const TIME_SUFFIX = /(?:,?\s*(?:à|at|-)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|utc|gmt|cet|cest|[+-]\d{2}:?\d{2}))?)\s*$/i;
const TIME_ONLY = /^\d{1,2}\s*[h:]\s*\d{2}(?:\s*(?:am|pm|utc|gmt))?$/i;
const UPDATE = /^(?:mis à jour|updated|modifié)/i;
const STAFF_BYLINE = /^(?:par|by)\s+(?:la rédaction|the editorial (?:board|team)|our (?:staff|correspondents?)|(?:la |the )?staff)\b\s*(?:d['’]|de |of )?(.*)$/i;

/** Reads the metadata lines that follow the title, starting at `from`; `skip` tells lines other rules will remove. */
export function readHeaderBlock(lines: readonly string[], from: number, skip: (line: string) => boolean): HeaderBlock {
  let date: string | null = null;
  let author: string | null = null;
  let outlet: string | null = null;
  const taken: number[] = [];
  let pendingOutlet: { index: number; name: string } | null = null;
  let seen = 0;
  for (let i = from; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line === '' || skip(line)) continue;
    seen++;
    const sentence = /[.!?]["”»]?$/.test(line) && !/\b[ap]\.m\.$/i.test(line); // "6:10 a.m." ends a header line
    if (line.split(/\s+/).length > MAX_HEADER_WORDS || sentence) break;
    const parts = line.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
    let hit = false;
    const rest: string[] = [];
    for (const part of parts) {
      const d = readDate(part);
      if (d !== undefined) {
        hit = true;
        if (d && !date) date = d;
        continue;
      }
      const staff = STAFF_BYLINE.exec(part);
      if (staff) {
        hit = true;
        if (staff[1] && !outlet) outlet = staff[1].trim();
        continue;
      }
      const by = AUTHOR_LINE.exec(part);
      if (by) {
        hit = true;
        author ??= by[1]!;
        continue;
      }
      rest.push(part);
    }
    if (!hit) {
      // A short name line with no punctuation, just before a date or byline line, is the outlet.
      if (pendingOutlet === null && parts.length <= 2 && line.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(line)) {
        pendingOutlet = { index: i, name: parts[0]! };
        continue;
      }
      break;
    }
    if (pendingOutlet) {
      taken.push(pendingOutlet.index);
      outlet ??= pendingOutlet.name;
      pendingOutlet = null;
    }
    if (rest.length > 0 && !outlet && rest[0]!.split(/\s+/).length <= 6) outlet = rest[0]!;
    taken.push(i);
  }
  return { date, author, outlet, lines: taken };
}

// A date segment: its value (null for an update time or a bare time, which say nothing of publication), or undefined.
function readDate(part: string): string | null | undefined {
  if (TIME_ONLY.test(part)) return null;
  const bare = part.replace(DATE_PREFIX, '').replace(TIME_SUFFIX, '').trim();
  if (UPDATE.test(part)) return bare === '' || parseDate(bare) ? null : undefined;
  return parseDate(bare) ? bare : undefined;
}
