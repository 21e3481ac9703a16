// Checked reading of one record's fields: every error names the file, line and field, and what it must be.
import { KnowledgeError } from './errors.js';

/** One JSON record being read; `done()` rejects fields nobody read (typos such as "fr " or "acronym"). */
export class Fields {
  private readonly seen = new Set<string>();

  constructor(
    private readonly value: Readonly<Record<string, unknown>>,
    readonly file: string,
    readonly line: number,
    readonly record: number | null,
    /** "names." when this is the "names" object of a record, so errors say "names.fr". */
    private readonly prefix = '',
  ) {}

  /** Throws a KnowledgeError at this record. */
  fail(problem: string): never {
    throw new KnowledgeError(this.file, this.line, problem, this.record);
  }

  private get(name: string): unknown {
    this.seen.add(name);
    return this.value[name];
  }

  /** A required non-empty string. */
  str(name: string): string {
    const v = this.get(name);
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${this.prefix}${name}" must be a non-empty string`);
    return v;
  }

  /** A non-empty string, or null when absent or null. */
  optStr(name: string): string | null {
    const v = this.get(name);
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${this.prefix}${name}" must be a non-empty string or null`);
    return v;
  }

  /** A string that may be empty ("ь" romanises to ""). */
  text(name: string): string {
    const v = this.get(name);
    if (typeof v !== 'string') this.fail(`"${this.prefix}${name}" must be a string`);
    return v;
  }

  /** One of the listed strings; `fallback` when absent, if given. */
  oneOf<T extends string>(name: string, values: readonly T[], fallback?: T): T {
    const v = this.get(name);
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.fail(`"${this.prefix}${name}" must be one of ${values.map((x) => `"${x}"`).join(', ')}; got ${JSON.stringify(v)}`);
    }
    return v as T;
  }

  /** A required boolean. */
  bool(name: string): boolean {
    const v = this.get(name);
    if (typeof v !== 'boolean') this.fail(`"${this.prefix}${name}" must be true or false`);
    return v;
  }

  /** A boolean, or null when absent. */
  optBool(name: string): boolean | null {
    const v = this.get(name);
    if (v === undefined) return null;
    if (typeof v !== 'boolean') this.fail(`"${this.prefix}${name}" must be true or false`);
    return v;
  }

  /** A finite number. */
  num(name: string): number {
    const v = this.get(name);
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`"${this.prefix}${name}" must be a number`);
    return v;
  }

  /** A whole number within [min, max], or null when absent or null ("from": 2014). */
  optInt(name: string, min: number, max: number): number | null {
    const v = this.get(name);
    if (v === undefined || v === null) return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(`"${this.prefix}${name}" must be a whole number from ${min} to ${max}, or null; got ${JSON.stringify(v)}`);
    }
    return v;
  }

  /** An array of non-empty strings ([] allowed unless `nonEmpty`); absent counts as [] when `optional`. */
  list(name: string, opts: { readonly nonEmpty?: boolean; readonly optional?: boolean } = {}): string[] {
    const v = this.get(name);
    if (v === undefined && opts.optional === true) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.fail(`"${this.prefix}${name}" must be an array of non-empty strings`);
    }
    if (opts.nonEmpty === true && v.length === 0) this.fail(`"${this.prefix}${name}" must list at least one name`);
    return v as string[];
  }

  /** A nested object, read with the same checks ("names": {"fr": [...], "en": [...]}). */
  obj(name: string): Fields {
    const v = this.get(name);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(`"${this.prefix}${name}" must be an object {...}`);
    return new Fields(v as Record<string, unknown>, this.file, this.line, this.record, `${this.prefix}${name}.`);
  }

  /** Rejects fields that were never read: a misspelt field name is an error, not silently ignored. */
  done(): void {
    for (const k of Object.keys(this.value)) {
      if (!this.seen.has(k)) this.fail(`unknown field "${this.prefix}${k}"; check its spelling against data/README.md`);
    }
  }
}
