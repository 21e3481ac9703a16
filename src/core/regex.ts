// Every match of a global regex in a text, without String.prototype.matchAll. matchAll clones the regex on every call,
// and a clone is compiled again from its source whenever V8's compilation cache has dropped it, which happens at
// each full garbage collection: in a large run the big patterns (dates, reporting verbs) were recompiled for every
// article, and a stage took four times as long late in a run as early (measured: dates 3.1 s -> 11.5 s for the same
// 4,000 articles). Here the one compiled regex is reused.
//
// Most of recoupe's patterns start with "no letter or digit before" (a word starts here). V8 cannot skip ahead to a
// likely first character past such a lookbehind, and tests it at every position of the text: the same patterns
// without it run about twice as fast (the dates' rules on 0.96 MB of FNC-1 bodies: 266 ms -> 135 ms). So a pattern
// that starts with it is run without it, and the condition is checked on each match instead; the matches are the same.

/** The lookbehind that opens most of recoupe's patterns: no letter or digit just before. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
/** One letter or digit, tried at one place. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;
/** Each global regex that opens with WORD_START, without it; null for the others. */
const withoutWordStart = new WeakMap<RegExp, RegExp | null>();

function unanchored(regex: RegExp): RegExp | null {
  let found = withoutWordStart.get(regex);
  if (found === undefined) {
    const rest = regex.source.slice(WORD_START.length);
    // Only a whole lookbehind is taken off: "(?<![\p{L}\p{N}])|x" would start an alternation, not a condition.
    found = regex.unicode && !regex.sticky && regex.source.startsWith(WORD_START) && isWholePattern(rest) ? new RegExp(rest, regex.flags) : null;
    withoutWordStart.set(regex, found);
  }
  return found;
}

/** Whether a pattern has no top-level alternative: every "|" is inside a group or a class. */
function isWholePattern(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** Whether a letter or digit (a whole code point) stands just before `at`. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? at - 2 : at - 1;
  WORD_CHAR.lastIndex = start;
  return WORD_CHAR.test(text);
}

const step = (regex: RegExp, text: string, at: number): number => at + (regex.unicode && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/** Every match of `regex` (which must have the g flag) in `text`, in order; empty matches are skipped. */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`allMatches: ${regex} needs the g flag`);
  const fast = unanchored(regex);
  const run = fast ?? regex;
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  run.lastIndex = 0;
  try {
    for (let m = run.exec(text); m !== null; m = run.exec(text)) {
      if (fast && wordCharBefore(text, m.index)) {
        run.lastIndex = step(run, text, m.index); // not where a word starts: the pattern as written would go on here
        continue;
      }
      if (m[0] === '') {
        // Step over the empty match by one character (a whole surrogate pair under the u flag).
        run.lastIndex = step(run, text, m.index);
        continue;
      }
      out.push(m);
    }
  } finally {
    regex.lastIndex = 0;
    run.lastIndex = 0;
  }
  return out;
}
