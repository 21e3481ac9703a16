// How the CLI tells a usage error (exit 2: the command cannot run as asked) from an internal error (exit 3: a bug).

/** An error in what the user asked: bad arguments, a missing or invalid dossier, an output path that cannot work. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * True for errors about the user's request or environment: UsageError, and the store's refusals ("store: the data
 * folder ... is in use by process 812", "store: cannot use ... as the data folder"). Anything else (a TypeError, a
 * RangeError, a stage's own check failing) is an internal error: a bug to report.
 */
export function isUsageError(error: unknown): boolean {
  if (error instanceof UsageError) return true;
  return error instanceof Error && error.constructor === Error && error.message.startsWith('store: ');
}

/** The exit code and the one-line message for an error that ended a command (2 usage, 3 internal). */
export function describeFailure(error: unknown, debug = false): { code: 2 | 3; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  if (isUsageError(error)) return { code: 2, message: `recoupe: ${text}` };
  const where = debug && error instanceof Error ? `\n${error.stack ?? ''}` : ' (RECOUPE_DEBUG=1 shows where)';
  return { code: 3, message: `recoupe: internal error: ${text}; please report it${where}` };
}
