// Progress on stderr for long runs: one line rewritten in place, only on a terminal. The file name is shown with its
// control characters escaped: a name holding "\r" or an ANSI escape must not rewrite the line or the screen.
import { basename } from 'node:path';
import type { Progress } from '../pipeline/analyze.js';
import { terminalSafe } from './format.js';

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
      // A stage of the analysis, or a large file about to be read, may take long: always shown, so the line says what
      // recoupe is doing while it works; the many quick steps between are drawn at most every REDRAW_MS.
      const isPercent = p.step !== undefined && /\d%$/.test(p.step); // a long stage going on: throttled like files
      const slow = !isPercent && (p.path === '' || (p.step !== undefined && / MB$/.test(p.step)));
      if (!slow && now - last < REDRAW_MS && (p.done < p.total || isPercent)) return;
      last = now;
      shown = true;
      const width = Math.max(20, (process.stderr.columns ?? 80) - 30);
      const what = p.path === '' ? `analysing: ${p.step ?? ''}` : `${p.step ? `${p.step} ` : ''}${terminalSafe(basename(p.path)).slice(0, width)}`;
      process.stderr.write(`\r\x1b[K[${p.done}/${p.total}] ${what}`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
