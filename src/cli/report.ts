// `recoupe report <dossier.json> --md out.md --html out.html`: the dossier as a report a journalist reads without the tool.
// Dossiers are exchanged, so one may be crafted: it is checked against the schema (ids included) before rendering, and
// what its errors quote of it is shown with control characters escaped.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Dossier } from '../core/index.js';
import { buildReportModel, parseDossier, renderHtml, renderMarkdown } from '../export/index.js';
import { UsageError } from './errors.js';
import { terminalSafe } from './format.js';
import type { Io } from './main.js';
import { writeOutput } from './output.js';

/** Adds the `report` command to the program. */
export function addReportCommand(program: Command, io: Io): void {
  program
    .command('report')
    .description('write a report of a dossier as Markdown and/or a self-contained HTML page')
    .argument('<dossier>', 'a dossier written by `recoupe analyze --out` ("-" for standard input)')
    .option('--md <file>', 'write the report as Markdown ("-" for standard output)')
    .option('--html <file>', 'write the report as one HTML page that works offline ("-" for standard output)')
    .action(async (path: string, opts: { md?: string; html?: string }) => {
      if (opts.md === undefined && opts.html === undefined) throw new UsageError('report: say what to write with --md <file> and/or --html <file> ("-" for standard output)');
      if (opts.md === '-' && opts.html === '-') throw new UsageError('report: only one of --md and --html can go to standard output ("-")');
      const name = path === '-' ? 'standard input' : `"${terminalSafe(path)}"`;
      let text: string;
      try {
        text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        throw new UsageError(e.code === 'ENOENT' ? `no dossier at ${name}; write one with \`recoupe analyze <inputs> --out ${terminalSafe(path)}\`` : `cannot read the dossier ${name}: ${terminalSafe(e.message)}`);
      }
      let dossier: Dossier;
      try {
        dossier = parseDossier(text, `the dossier ${name}`);
      } catch (error) {
        // JSON.parse quotes the text it stopped at, and the dossier's own values: shown escaped
        throw new UsageError(terminalSafe((error as Error).message));
      }
      const model = buildReportModel(dossier);
      if (opts.md !== undefined) await writeOutput(opts.md, renderMarkdown(model), io.out);
      if (opts.html !== undefined) await writeOutput(opts.html, renderHtml(model), io.out);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
