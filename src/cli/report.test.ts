// `recoupe report`: exit codes, files written, "-" for standard output, and the errors a user meets.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sampleDossier } from '../export/sample-dossier.js';
import { runCaptured } from './main.js';

const tmp = mkdtempSync(join(tmpdir(), 'recoupe-report-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCaptured(argv);

function write(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const dossier = write('dossier.json', sampleDossier());

describe('recoupe report', () => {
  it('writes Markdown and HTML files, exit 0, nothing on stdout', async () => {
    const md = join(tmp, 'out', 'report.md');
    const html = join(tmp, 'out', 'report.html');
    const r = await cli('report', dossier, '--md', md, '--html', html);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.match(readFileSync(md, 'utf8'), /^# recoupe report: 4 articles\n/);
    assert.match(readFileSync(html, 'utf8'), /^<!doctype html>/);
  });

  const toStdout: [string, RegExp][] = [
    ['--md', /^# recoupe report: 4 articles\n/],
    ['--html', /^<!doctype html>[\s\S]*<\/html>\n$/],
  ];
  for (const [option, expected] of toStdout) {
    it(`writes ${option} - to standard output`, async () => {
      const r = await cli('report', dossier, option, '-');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, expected);
    });
  }

  it('reads a later 1.x dossier that adds fields', async () => {
    const later = write('later.json', { ...sampleDossier(), version: '1.4.0', extra: { added: true } });
    const r = await cli('report', later, '--md', '-');
    assert.equal(r.code, 0, r.err);
  });

  const bad: [string, () => string[], RegExp][] = [
    ['no output asked for', () => ['report', dossier], /say what to write with --md <file> and\/or --html <file>/],
    ['both outputs to stdout', () => ['report', dossier, '--md', '-', '--html', '-'], /only one of --md and --html can go to standard output/],
    ['a missing dossier', () => ['report', join(tmp, 'nope.json'), '--md', '-'], /^recoupe: no dossier at ".*nope\.json"; write one with `recoupe analyze/],
    ['a file that is not JSON', () => ['report', write('bad.json', '{"format": '), '--md', '-'], /is not JSON/],
    ['JSON that is not a dossier', () => ['report', write('other.json', { hello: 1 }), '--md', '-'], /is not a recoupe dossier \(no "format" field\); expected format "recoupe-dossier" version 1\.x/],
    ['another format', () => ['report', write('fmt.json', { ...sampleDossier(), format: 'other' }), '--md', '-'], /is not a recoupe dossier \(format "other"\)/],
    ['a dossier of version 2', () => ['report', write('v2.json', { ...sampleDossier(), version: '2.0.0' }), '--md', '-'], /is a recoupe-dossier of version "2\.0\.0"; this recoupe reads version 1\.x only/],
    ['a dossier that breaks the schema', () => ['report', write('broken.json', { ...sampleDossier(), articles: 'none' }), '--md', '-'], /does not match the dossier format \(schema\/dossier\.schema\.json\): \/articles must be array/],
  ];
  for (const [what, argv, message] of bad) {
    it(`exits 2 on ${what}`, async () => {
      const r = await cli(...argv());
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, message);
    });
  }
});
