// Progress on stderr for long runs: one line rewritten in place, only on a terminal.
import { basename } from 'node:path';
import type { Progress } from '../pipeline/analyze.js';

/** Minimum time between two redraws. */
const REDRAW_MS = 100;

/** A progress line; does nothing when disabled (not a terminal, or --quiet). */
export function createProgress(enabled: boolean): { update: (p: Progress) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(p) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < REDRAW_MS && p.done < p.total) return;
      last = now;
      shown = true;
      const width = Math.max(20, (process.stderr.columns ?? 80) - 20);
      process.stderr.write(`\r\x1b[K[${p.done}/${p.total}] ${basename(p.path).slice(0, width)}`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
