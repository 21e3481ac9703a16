// The data-folder lock: which lock files are live (refused) and which are stale (taken over).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { acquireLock, describeOwner, formatOwner, parseOwner } from './lock-file.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const me = describeOwner();
const parent = describeOwner(process.ppid); // alive for as long as this test runs
const hasProc = me.bootId !== undefined && me.startTicks !== undefined;

// [case, lock file content, is it live?]
const rows: [string, string, boolean][] = [
  ['our own pid, not held by this process (a container pid 1 restarted)', formatOwner(me), false],
  ['our own pid, old format', `${process.pid}\n`, false],
  ['a dead pid', '999999999\n', false],
  ['not a pid', 'garbage\n', false],
  ['an empty file', '', false],
  ['a live process, as it wrote it', formatOwner(parent), true],
  ['a live process, old format (pid only)', `${process.ppid}\n`, true],
  ...(hasProc
    ? ([
        ['a live pid that started at another time (reused pid)', formatOwner({ ...parent, startTicks: '1' }), false],
        ['a live pid from before a reboot (another boot id)', formatOwner({ ...parent, bootId: 'another-boot' }), false],
      ] as [string, string, boolean][])
    : []),
];

describe('data-folder lock', () => {
  for (const [index, [name, content, isLive]] of rows.entries()) {
    it(`${isLive ? 'refuses' : 'takes over'} a lock of ${name}`, () => {
      const path = join(dir, `lock-${index}`);
      writeFileSync(path, content);
      if (isLive) {
        assert.throws(() => acquireLock(path, 'F'), new RegExp(`^Error: store: the data folder F is in use by process ${process.ppid}; `));
        assert.equal(readFileSync(path, 'utf8'), content, 'a live lock is left as it was');
        return;
      }
      const lock = acquireLock(path, 'F');
      assert.deepEqual(parseOwner(readFileSync(path, 'utf8')), me);
      lock.release();
      assert.throws(() => readFileSync(path), /ENOENT/);
    });
  }

  it('refuses a second take by this process while it holds the lock, then takes it once released', () => {
    const path = join(dir, 'lock-held');
    const lock = acquireLock(path, 'F');
    assert.throws(() => acquireLock(path, 'F'), new RegExp(`in use by process ${process.pid}; wait for it or use --db$`));
    lock.release();
    acquireLock(path, 'F').release();
  });

  it('writes pid, boot id and start time, and reads them back', () => {
    assert.deepEqual(parseOwner(formatOwner(me)), me);
    assert.match(formatOwner(me), new RegExp(`^${process.pid}\\n`));
    assert.deepEqual(parseOwner('42\n'), { pid: 42, bootId: undefined, startTicks: undefined });
  });
});
