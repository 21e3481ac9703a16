// Calendar arithmetic on plain numbers (UTC, no time zones), and the formats of DateMention.date.
import type { Direction, Precision, Published } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Reads an article's published date (YYYY, YYYY-MM, YYYY-MM-DD, a time may follow); throws on anything else. */
export function parsePublished(published: string | null): Published | null {
  if (published === null) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(published);
  const year = Number(m?.[1]);
  const month = m?.[2] ? Number(m[2]) : null;
  const day = m?.[3] ? Number(m[3]) : null;
  if (!m || (month !== null && (month < 1 || month > 12)) || (day !== null && !isValidDay(year, month!, day))) {
    throw new Error(`dates: published "${published}" is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); pass null when unknown`);
  }
  return { year, month, day };
}

/** Days in a month; February has 29 when the year is unknown. */
export function daysInMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** Whether day/month(/year) is a real calendar day. */
export function isValidDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A day as ISO text, or --MM-DD when the year is unknown. */
export function formatDay(year: number | null, month: number, day: number): string {
  return `${year === null ? '-' : year}-${pad(month)}-${pad(day)}`;
}

/** A month as ISO text, or --MM when the year is unknown. */
export function formatMonth(year: number | null, month: number): string {
  return `${year === null ? '-' : year}-${pad(month)}`;
}

/** The precision a date string states. */
export function precisionOf(date: string): Precision {
  if (date.startsWith('--')) return 'partial';
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-Q[1-4]$/.test(date)) return 'quarter';
  return /^\d{4}-\d{2}$/.test(date) ? 'month' : 'day';
}

/** The day `n` days after year-month-day, as ISO text. */
export function shiftDay(year: number, month: number, day: number, n: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + n));
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The month `n` months after year-month, as ISO text. */
export function shiftMonth(year: number, month: number, n: number): string {
  const i = year * 12 + (month - 1) + n;
  return formatMonth(Math.floor(i / 12), (i % 12) + 1);
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The year of a month (and day) named without one, seen from the published date: 'recent' is the latest on or before
 * it ("en novembre" in March 2023 -> 2022), 'last' strictly before, 'next' strictly after. Null when the published
 * date has no month, since the year cannot then be stated.
 */
export function yearOf(month: number, day: number | null, published: Published, direction: Direction): number | null {
  if (published.month === null) return null;
  // Compare (month, day) with the published (month, day); a published date without a day counts as its whole month.
  const here = month * 100 + (day !== null && published.day !== null ? day : 0);
  const now = published.month * 100 + (day !== null && published.day !== null ? published.day : 0);
  const y = published.year;
  if (direction === 'recent') return here <= now ? y : y - 1;
  if (direction === 'last') return here < now ? y : y - 1;
  return here > now ? y : y + 1;
}
