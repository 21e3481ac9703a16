// `recoupe report <dossier.json> --md out.md --html out.html`: the dossier as a report a journalist reads without the tool.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { buildReportModel, parseDossier, renderHtml, renderMarkdown } from '../export/index.js';
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
      if (opts.md === undefined && opts.html === undefined) throw new Error('report: say what to write with --md <file> and/or --html <file> ("-" for standard output)');
      if (opts.md === '-' && opts.html === '-') throw new Error('report: only one of --md and --html can go to standard output ("-")');
      const name = path === '-' ? 'standard input' : `"${path}"`;
      let text: string;
      try {
        text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        throw new Error(e.code === 'ENOENT' ? `no dossier at ${name}; write one with \`recoupe analyze <inputs> --out ${path}\`` : `cannot read the dossier ${name}: ${e.message}`);
      }
      const model = buildReportModel(parseDossier(text, `the dossier ${name}`));
      if (opts.md !== undefined) await writeOutput(opts.md, renderMarkdown(model), io.out);
      if (opts.html !== undefined) await writeOutput(opts.html, renderHtml(model), io.out);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
