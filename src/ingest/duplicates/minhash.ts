// MinHash signatures over shingle sets: P independent hash functions, keep each one's minimum.
import { seedSequence } from './hash.js';

const SEED = 0x6d696e68; // "minh"

/** Computes MinHash signatures of a fixed length with a fixed family of hash functions. */
export class MinHasher {
  private readonly seeds: Uint32Array;

  constructor(readonly permutations: number) {
    this.seeds = seedSequence(permutations, SEED);
  }

  /**
   * Writes the signature of a shingle set into `out` at `offset`. Hash function i is
   * x -> fmix32(x XOR seed_i), a seeded bijection of 32-bit values, inlined here because this is the hot loop.
   */
  sign(shingles: Float64Array, out: Uint32Array, offset: number): void {
    const { seeds, permutations } = this;
    out.fill(0xffffffff, offset, offset + permutations);
    for (let s = 0; s < shingles.length; s++) {
      const x = shingles[s]! % 0x100000000; // the low 32 bits of the 53-bit shingle hash
      for (let i = 0; i < permutations; i++) {
        let v = x ^ seeds[i]!;
        v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
        v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
        v = (v ^ (v >>> 16)) >>> 0;
        if (v < out[offset + i]!) out[offset + i] = v;
      }
    }
  }
}
