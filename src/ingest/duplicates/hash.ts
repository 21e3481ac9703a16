// Seeded, deterministic 32-bit hashing (MurmurHash3-style mixing). No randomness anywhere.

/** Folds one 32-bit word into a running MurmurHash3 state. */
export function mixInto(state: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = state ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output; returns an unsigned 32-bit value. */
export function fmix32(state: number): number {
  let h = state ^ (state >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a string's UTF-16 code units, two per 32-bit word. */
export function hashString(text: string, seed: number): number {
  let h = seed | 0;
  let i = 0;
  for (; i + 1 < text.length; i += 2) h = mixInto(h, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  if (i < text.length) h = mixInto(h, text.charCodeAt(i));
  return fmix32(h ^ text.length);
}

/** A fixed sequence of 32-bit seeds (SplitMix32), the same on every run. */
export function seedSequence(count: number, seed: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = seed | 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    seeds[i] = (z ^ (z >>> 15)) >>> 0;
  }
  return seeds;
}

/** Two 32-bit hashes packed into one exactly representable 53-bit number (21 high bits of `high`). */
export function pack53(high: number, low: number): number {
  return (high >>> 11) * 0x100000000 + (low >>> 0);
}
