// Errors raised while loading knowledge: each names the file, the line and what to fix.

/** A data file that does not match what the loader expects. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    /** 1-based index of the record among the file's records (the header is not one), or null. */
    readonly record: number | null = null,
  ) {
    const where = line === null ? '' : record === null ? ` line ${line}` : ` line ${line} (record ${record})`;
    super(`knowledge: ${file}${where}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}
