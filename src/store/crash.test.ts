// Crash consistency of the embedded store: a writer process is killed with SIGKILL at different moments, then the
// store must open again (taking over the dead writer's lock), hold every file and correction it acknowledged, hold no
// file in part, and take more writes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from './index.js';
import { sampleFile } from './sample-article.js';

const writer = new URL('./crash-writer.ts', import.meta.url).pathname;

/** When to kill the writer: after a line starting with `line` was seen `times` times, plus `delayMs`. */
interface KillMoment {
  readonly name: string;
  readonly line: 'start' | 'opened' | 'begin' | 'wrote';
  readonly times: number;
  readonly delayMs: number;
}

// Order matters: the first kill lands during the first creation of the database (copying the template takes a
// fraction of a second, so the kill comes as soon as the writer holds the lock).
const moments: readonly KillMoment[] = [
  { name: 'during the first creation of the database', line: 'start', times: 0, delayMs: 0 },
  { name: 'right after opening', line: 'opened', times: 1, delayMs: 0 },
  { name: 'inside the first transaction', line: 'begin', times: 1, delayMs: 3 },
  { name: 'inside the 4th transaction', line: 'begin', times: 4, delayMs: 10 },
  { name: 'just after a commit', line: 'wrote', times: 10, delayMs: 0 },
  { name: 'late inside the 25th transaction', line: 'begin', times: 25, delayMs: 30 },
];

describe('embedded store: crash consistency (SIGKILL)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [round, moment] of moments.entries()) {
    it(`recovers from a kill ${moment.name}`, async (t) => {
      const { acknowledged, pid } = await runAndKill(dir, `r${round}`, moment);
      if (moment.line === 'start') {
        assert.equal(existsSync(join(dir, 'pgdata')), false, 'the kill came before the database was complete');
      }
      assert.equal(lockPid(dir), String(pid), 'the dead writer left its lock');
      const store = await openStore({ backend: 'embedded', dir });
      try {
        const files = await store.listFiles();
        for (const file of files) {
          const found = await store.getArticles(file.articleIds);
          assert.equal(found.length, file.articleIds.length, `${file.path}: all of its articles or none of it`);
        }
        for (const path of acknowledged) assert.notEqual(await store.getFile(path), null, `${path} was acknowledged`);
        const extra = sampleFile(`/crash/after-r${round}.html`, []);
        await store.putFile(extra, []);
        assert.notEqual(await store.getFile(extra.path), null);
        t.diagnostic(`${acknowledged.length} files acknowledged this round, ${files.length} in the store`);
      } finally {
        await store.close();
      }
      assert.equal(existsSync(join(dir, 'pgdata.creating')), false);
    });
  }

  it('keeps every acknowledged correction after a kill during a correction', async (t) => {
    const moment: KillMoment = { name: 'inside the 30th correction', line: 'begin', times: 30, delayMs: 1 };
    const { acknowledged, pid } = await runAndKill(dir, 'c', moment, 'corrections');
    assert.equal(lockPid(dir), String(pid), 'the dead writer left its lock');
    assert.ok(acknowledged.length >= 29, `${acknowledged.length} corrections acknowledged`);
    const store = await openStore({ backend: 'embedded', dir });
    try {
      const stored = new Set((await store.listCorrections()).map((c) => c.payload['alias']));
      for (const alias of acknowledged) assert.ok(stored.has(alias), `correction ${alias} was acknowledged`);
      t.diagnostic(`${acknowledged.length} corrections acknowledged, ${stored.size} in the store`);
    } finally {
      await store.close();
    }
  });
});

// The pid on the first line of the lock file; '' while there is none.
function lockPid(dir: string): string {
  try {
    return readFileSync(join(dir, 'lock'), 'utf8').split('\n')[0] ?? '';
  } catch {
    return '';
  }
}

// Starts the writer, kills it at `moment`, and returns the keys (paths or aliases) it reported as written.
function runAndKill(
  dir: string,
  label: string,
  moment: KillMoment,
  what: 'files' | 'corrections' = 'files',
): Promise<{ acknowledged: string[]; pid: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, label, what], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acknowledged: string[] = [];
  let seen = 0;
  let stderr = '';
  let isKilling = false;
  const kill = (): void => {
    if (isKilling) return;
    isKilling = true;
    setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
  };
  // "start": once the writer holds the lock (node and tsx take a while to start on a busy machine), then the delay.
  if (moment.line === 'start') {
    const poll = setInterval(() => {
      if (lockPid(dir) === String(child.pid)) {
        clearInterval(poll);
        kill();
      }
    }, 20);
    child.on('exit', () => clearInterval(poll));
  }
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('wrote ')) acknowledged.push(line.slice('wrote '.length));
      if (line.startsWith(moment.line) && ++seen === moment.times) kill();
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acknowledged, pid: child.pid ?? -1 });
      else reject(new Error(`crash-writer ended by itself (code ${code}): ${stderr}`));
    });
  });
}
