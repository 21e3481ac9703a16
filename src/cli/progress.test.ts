// The progress line: a file name with control characters cannot rewrite the line or the screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgress } from './progress.js';

function captureStderr(run: () => void): string {
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    run();
  } finally {
    process.stderr.write = write;
  }
  return written.join('');
}

describe('progress line', () => {
  it('shows a file name with its controls escaped, and only its own escapes', () => {
    const out = captureStderr(() => {
      const progress = createProgress(true);
      progress.update({ done: 1, total: 1, path: '/in/a\x1b[2J\r\u202eb.txt' });
      progress.done();
    });
    assert.equal(out, '\r\x1b[K[1/1] a\\x1b[2J\\r\\u202eb.txt\r\x1b[K');
  });

  it('always shows a large file about to be read and each analysis stage, so a long step says what it is', () => {
    const out = captureStderr(() => {
      const progress = createProgress(true);
      progress.update({ done: 0, total: 2, path: '/in/small.txt', step: 'reading 3 KB' });
      progress.update({ done: 1, total: 2, path: '/in/small.txt' }); // within 100 ms: not drawn
      progress.update({ done: 1, total: 2, path: '/in/huge.txt', step: 'reading 45.0 MB' });
      progress.update({ done: 2, total: 2, path: '', step: 'entities' });
      progress.update({ done: 2, total: 2, path: '', step: 'entities 3%' }); // within 100 ms of the last: not drawn
    });
    assert.equal(out, '\r\x1b[K[0/2] reading 3 KB small.txt\r\x1b[K[1/2] reading 45.0 MB huge.txt\r\x1b[K[2/2] analysing: entities');
  });

  it('writes nothing when disabled', () => {
    assert.equal(captureStderr(() => createProgress(false).update({ done: 1, total: 1, path: 'a\x1b' })), '');
  });
});
