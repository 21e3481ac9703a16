// The command line: analyze, extract, show, entities, corrections, report.
// Exit codes: 0 all inputs read, 1 some rejected, 2 usage error, 3 internal error (a bug to report).
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { analyze, RECOUPE_VERSION } from '../pipeline/analyze.js';
import { extractFiles } from '../pipeline/extract.js';
import { openStore, storeOptionsFrom, type Store } from '../store/index.js';
import { addCorrectionsCommands } from './corrections.js';
import { addEntitiesCommands } from './entities.js';
import { addReportCommand } from './report.js';
import { describeFailure } from './errors.js';
import { checkOutputPath, writeJsonOutput } from './output.js';
import { createProgress } from './progress.js';
import { formatRejections, formatShow, jsonForTerminal, terminalSafe } from './format.js';

/** Exit codes of every command. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, internal: 3 } as const;

/** Where the CLI writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: Io = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

/** Runs the CLI and returns its exit code and what it printed (for tests, and for programs that embed recoupe). */
export async function runCaptured(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
}

/** Runs the CLI with the given arguments (without "node recoupe") and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('recoupe')
    .description('Cross-check a pile of news articles: who claims what, on whose authority, how surely.')
    .version(RECOUPE_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run `recoupe --help` for usage)');

  program
    .command('analyze')
    .description('read articles (files or folders, recursively) and write the dossier')
    .argument('<inputs...>', 'files or folders: .txt .md .html .json .jsonl .rss .atom .xml, optionally .gz')
    .requiredOption('-o, --out <file>', 'where to write the dossier (JSON); "-" for standard output')
    .option('--db <dir-or-url>', 'store: a data folder (default .recoupe/) or a postgres:// URL (default: $RECOUPE_DATABASE_URL)')
    .option('--max-bytes <n>', 'largest input file read, in bytes', parseSize)
    .option('--follow-links', 'follow symbolic links inside a folder even when they lead outside it')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .action(async (inputs: string[], opts: { out: string; db?: string; maxBytes?: number; quiet?: boolean; followLinks?: boolean }) => {
      await checkOutputPath(opts.out); // before any work: a bad --out fails now, not after the analysis
      const storeOptions = storeOptionsFrom(opts.db);
      let store: Store | undefined; // opened only when there is a file to read
      const progress = createProgress(!opts.quiet && process.stderr.isTTY === true);
      // Never read back what recoupe writes: the dossier, the store's folder.
      const exclude = [...(opts.out === '-' ? [] : [opts.out]), ...(storeOptions.backend === 'embedded' ? [storeOptions.dir] : [])];
      try {
        const result = await analyze({ inputs, store: async () => (store ??= await openStore(storeOptions)), maxBytes: opts.maxBytes, onProgress: progress.update, followLinks: opts.followLinks, exclude });
        progress.done();
        await writeJsonOutput(opts.out, result.dossier as unknown as Record<string, unknown>, io.out, jsonForTerminal);
        if (!opts.quiet) {
          const s = result.stats;
          io.err(
            `recoupe: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.articles} article${s.articles === 1 ? '' : 's'} ` +
              `(${s.read} read, ${s.reused} unchanged since the last run${reuseNote(s)}), ` +
              `${result.rejected.length} rejected; dossier: ${opts.out}\n`,
          );
        }
        if (result.rejected.length > 0) {
          io.err(formatRejections(result.rejected));
          code = EXIT.rejected;
        }
      } finally {
        await store?.close();
      }
    });

  program
    .command('extract')
    .description('print the clean text and metadata of each input, without storing anything')
    .argument('<inputs...>', 'files or folders')
    .option('--json', 'print {"<file name>": {articleBody, title, published, language}} (the default)')
    .option('--max-bytes <n>', 'largest input file read, in bytes', parseSize)
    .option('--follow-links', 'follow symbolic links inside a folder even when they lead outside it')
    .action(async (inputs: string[], opts: { maxBytes?: number; followLinks?: boolean }) => {
      const result = await extractFiles(inputs, { maxBytes: opts.maxBytes, followLinks: opts.followLinks });
      io.out(`${jsonForTerminal(JSON.stringify(result.output, null, 1))}\n`);
      if (result.rejected.length > 0) {
        io.err(formatRejections(result.rejected));
        code = EXIT.rejected;
      }
    });

  program
    .command('show')
    .description("show one input's clean text beside what was removed (boilerplate, comments, credits)")
    .argument('<file>', 'an input file')
    .option('--json', 'print the articles as JSON')
    .option('--max-bytes <n>', 'largest input file read, in bytes', parseSize)
    .action(async (file: string, opts: { json?: boolean; maxBytes?: number }) => {
      const result = await extractFiles([file], { maxBytes: opts.maxBytes });
      io.out(opts.json ? `${jsonForTerminal(JSON.stringify(result.articles, null, 1))}\n` : formatShow(result.articles));
      if (result.rejected.length > 0) {
        io.err(formatRejections(result.rejected));
        code = EXIT.rejected;
      }
    });

  addEntitiesCommands(program, io);
  addCorrectionsCommands(program, io);
  addReportCommand(program, io);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const failure = describeFailure(error, !!process.env.RECOUPE_DEBUG);
    io.err(`${terminalSafe(failure.message, { keepLines: !!process.env.RECOUPE_DEBUG })}\n`);
    return failure.code;
  }
  return code;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50000000, 500k, 50m or 2g');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

// What a rerun took from the store beyond the files: the whole analysis, or some articles' results.
function reuseNote(s: { analysisReused?: boolean; resultsReused?: number; resultsComputed?: number }): string {
  if (s.analysisReused) return '; analysis unchanged too, reused';
  if (s.resultsReused) return `; ${s.resultsReused} of ${s.resultsReused + (s.resultsComputed ?? 0)} per-article results reused`;
  return '';
}
