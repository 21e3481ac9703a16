// "Is this block somewhere in that text?" for many blocks and a long text, without reading the whole text each time
// (String.includes for every block of a page made extraction quadratic in the page's length).
// Winnowing: the text's 8-character grams are hashed and, in every window of 8 consecutive grams, the smallest hash
// is recorded with its position. A pattern that occurs in the text has the same windows, so the smallest hash of
// any of its windows was recorded at the matching position: only those positions are checked, and exactly.

/** Characters per gram. */
const GRAM = 8;
/** Grams per window: every stretch of GRAM + WINDOW - 1 characters holds a recorded gram. */
const WINDOW = 8;
/** Shorter patterns are looked for with String.includes. */
const MIN_INDEXED = GRAM + WINDOW - 1;

/** A text that grows by appends, and answers whether a string occurs in it. */
export class SubstringIndex {
  /** The text, as appended: joining it at every append would copy it each time. */
  private readonly pieces: string[] = [];
  private readonly offsets: number[] = [];
  private length = 0;
  /** The last GRAM - 1 characters, to hash the grams that straddle two appends. */
  private carry = '';
  private hashes = new Int32Array(1024);
  /** Recorded gram hash -> positions where that gram starts. */
  private readonly anchors = new Map<number, number[]>();
  private lastRecorded = -1;

  constructor(text = '') {
    this.append(text);
  }

  /** Adds text at the end. */
  append(more: string): void {
    if (more === '') return;
    const before = this.length;
    this.pieces.push(more);
    this.offsets.push(before);
    this.length += more.length;
    const window = this.carry + more; // starts at before - carry.length
    const base = before - this.carry.length;
    this.carry = window.slice(-(GRAM - 1));
    const grams = this.length - GRAM + 1; // grams start at 0 .. grams - 1
    if (grams <= 0) return;
    if (this.hashes.length < grams) {
      const grown = new Int32Array(Math.max(grams, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    const firstNew = Math.max(0, before - GRAM + 1);
    for (let i = firstNew; i < grams; i++) this.hashes[i] = gramHash(window, i - base);
    // Windows that end at a new gram: their smallest hash is recorded (once per position).
    for (let start = Math.max(0, firstNew - WINDOW + 1); start + WINDOW <= grams; start++) {
      const at = smallestIn(this.hashes, start);
      if (at <= this.lastRecorded) continue; // recorded for an earlier window
      this.lastRecorded = at;
      const h = this.hashes[at]!;
      const list = this.anchors.get(h);
      if (list) list.push(at);
      else this.anchors.set(h, [at]);
    }
  }

  /** True when `pattern` occurs in the text, as String.includes says. */
  includes(pattern: string): boolean {
    if (pattern.length < MIN_INDEXED) return this.scan(pattern);
    const grams = pattern.length - GRAM + 1;
    const hashes = new Int32Array(grams);
    for (let i = 0; i < grams; i++) hashes[i] = gramHash(pattern, i);
    // Of the pattern's windows, the one whose smallest hash was recorded least often; none recorded: no match.
    let best: { offset: number; positions: readonly number[] } | null = null;
    for (let start = 0; start + WINDOW <= grams; start++) {
      const at = smallestIn(hashes, start);
      const positions = this.anchors.get(hashes[at]!);
      if (!positions) return false;
      if (!best || positions.length < best.positions.length) best = { offset: at, positions };
    }
    for (const p of best!.positions) {
      const start = p - best!.offset;
      if (start >= 0 && this.matchesAt(pattern, start)) return true;
    }
    return false;
  }

  // String.includes over the pieces, and over each junction of two pieces.
  private scan(pattern: string): boolean {
    if (pattern === '') return true;
    for (let k = 0; k < this.pieces.length; k++) {
      if (this.pieces[k]!.includes(pattern)) return true;
      const from = this.offsets[k]! + this.pieces[k]!.length - pattern.length + 1;
      for (let start = Math.max(this.offsets[k]!, from); k + 1 < this.pieces.length && start < this.offsets[k + 1]!; start++) {
        if (this.matchesAt(pattern, start)) return true;
      }
    }
    return false;
  }

  // True when the text holds `pattern` at `start`, read across pieces.
  private matchesAt(pattern: string, start: number): boolean {
    if (start + pattern.length > this.length) return false;
    let k = pieceAt(this.offsets, start);
    let at = start - this.offsets[k]!;
    for (let i = 0; i < pattern.length; ) {
      const piece = this.pieces[k]!;
      const n = Math.min(piece.length - at, pattern.length - i);
      if (!piece.startsWith(pattern.slice(i, i + n), at)) return false;
      i += n;
      k++;
      at = 0;
    }
    return true;
  }
}

// Index of the piece holding position `start` (offsets ascending, the first 0).
function pieceAt(offsets: readonly number[], start: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// The rightmost smallest hash of the window of WINDOW grams starting at `start` (text and pattern break ties alike).
function smallestIn(hashes: Int32Array, start: number): number {
  let at = start;
  for (let k = start + 1; k < start + WINDOW; k++) if (hashes[k]! <= hashes[at]!) at = k;
  return at;
}

// A 32-bit hash of the GRAM code units at i, mixed so that the smallest ones fall anywhere in a window.
function gramHash(s: string, i: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = i; k < i + GRAM; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}
