// Benchmark of the embedded store's fixed costs (issue 9): creating a store, opening an existing one, the first putFile
// after opening, and close. Each run is a new process, as each CLI run is, so the wasm compile and PostgreSQL's start
// are counted every time. Prints the median wall and CPU time (process.cpuUsage, which counts every thread, so V8's
// background compiling too) of each phase over the runs; on a shared machine the CPU column is the steadier one.
// Run: node --import tsx bench/store-open.bench.ts [--runs=7] [--bulk=2000] [--template=none] [--node-flags=...]
//   --bulk=N         also times a putFile of N articles of ~3 KB after the first one (a setting's cost on throughput)
//   --template=none  creates with initdb, as when the template is missing (--template=path: another template)
//   The template is dist/store-template.tar, made by `npm run build`; without it, stores are made with initdb.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split(/=(.*)/s).slice(0, 2) as [string, string]));

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** The phases of one run by name, and how its data directory was made. */
interface Run {
  readonly phases: Record<string, Timing>;
  readonly origin: string;
}

// In a child: does `op` on the store in `dir` and prints each phase's timing as one JSON line.
async function child(op: 'create' | 'open', dir: string, bulk: number, template: string | undefined): Promise<void> {
  const phases: Run['phases'] = {};
  const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await fn();
    const used = process.cpuUsage(cpu);
    phases[name] = { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
    return result;
  };
  const { openEmbeddedStoreWithOrigin } = await time('import', () => import('../src/store/embedded.js'));
  const { sampleArticle, sampleFile, sampleId } = await import('../src/store/sample-article.js');
  const options = template === undefined ? {} : { templatePath: template === 'none' ? null : template };
  const { store, origin } = await time(op, () => openEmbeddedStoreWithOrigin(dir, options));
  const put = async (label: string, count: number, length: number): Promise<void> => {
    const path = `/bench/${label}-${process.pid}.jsonl`;
    const articles = Array.from({ length: count }, (_, i) => sampleArticle(sampleId(`${path}/${i}`), path, length));
    await time(label, () => store.putFile(sampleFile(path, articles.map((a) => a.id)), articles));
  };
  await put('first putFile', 10, 600);
  if (bulk > 0) await put(`putFile x${bulk}`, bulk, 3000);
  await time('close', () => store.close());
  console.log(JSON.stringify({ phases, origin } satisfies Run));
}

function runChild(op: 'create' | 'open', dir: string, nodeFlags: readonly string[], passed: readonly string[]): Run {
  const childArgs = [...nodeFlags, '--import', 'tsx', SCRIPT, `--child=${op}`, `--dir=${dir}`, ...passed];
  const result = spawnSync(process.execPath, childArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench: the ${op} run failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Run;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function printTable(title: string, runs: readonly Run[]): void {
  const origins = [...new Set(runs.map((r) => r.origin))].join(', ');
  console.log(`\n${title}, data directory: ${origins} (median of ${runs.length} runs; wall ms / CPU ms)`);
  for (const name of Object.keys(runs[0]?.phases ?? {})) {
    const wall = median(runs.map((r) => r.phases[name]?.wallMs ?? 0));
    const cpu = median(runs.map((r) => r.phases[name]?.cpuMs ?? 0));
    const range = runs.map((r) => r.phases[name]?.wallMs ?? 0);
    console.log(
      `  ${name.padEnd(16)} ${wall.toFixed(0).padStart(6)} / ${cpu.toFixed(0).padStart(6)}` +
        `   (wall ${Math.min(...range).toFixed(0)}-${Math.max(...range).toFixed(0)})`,
    );
  }
}

async function main(): Promise<void> {
  const op = args.get('child');
  const bulk = Number(args.get('bulk') ?? 0);
  const template = args.get('template');
  if (op === 'create' || op === 'open') return child(op, args.get('dir') ?? '', bulk, template);

  const runs = Number(args.get('runs') ?? 7);
  const nodeFlags = (args.get('node-flags') ?? '').split(' ').filter((f) => f !== '');
  const root = mkdtempSync(join(tmpdir(), 'recoupe-store-open-'));
  try {
    const passed = [`--bulk=${bulk}`, ...(template === undefined ? [] : [`--template=${template}`])];
    const creates: Run[] = [];
    const opens: Run[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so that a busy minute on a shared machine weighs on both alike.
      const dir = join(root, `store-${i}`);
      creates.push(runChild('create', dir, nodeFlags, passed));
      opens.push(runChild('open', dir, nodeFlags, passed));
      rmSync(dir, { recursive: true, force: true });
    }
    const flags = nodeFlags.length > 0 ? ` (node ${nodeFlags.join(' ')})` : '';
    printTable(`create a store${flags}`, creates);
    printTable(`open an existing store${flags}`, opens);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
