// `recoupe report` on a crafted dossier: ids outside the format are refused (exit 2, what is wrong), and what an
// error quotes of the dossier reaches the terminal with its control characters escaped.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sampleDossier } from '../export/sample-dossier.js';
import { runCaptured } from './main.js';

const tmp = mkdtempSync(join(tmpdir(), 'recoupe-report-safety-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const sample = sampleDossier();

describe('recoupe report on a crafted dossier', () => {
  const refused: [string, unknown, RegExp][] = [
    ['a cluster id that closes an attribute', { ...sample, clusters: sample.clusters.map((k, i) => (i === 0 ? { ...k, id: 'x" onmouseover="alert(1)' } : k)) }, /\/clusters\/0\/id must match pattern "\^k_\[0-9\]\{4,\}\$"/],
    ['an article id that is markup', { ...sample, articles: sample.articles.map((a, i) => (i === 0 ? { ...a, id: '</a><script>alert(1)</script>' } : a)) }, /\/articles\/0\/id must match pattern/],
    ['a claim naming a crafted cluster', { ...sample, claims: sample.claims.map((c, i) => (i === 0 ? { ...c, cluster: 'k_x)' } : c)) }, /\/claims\/0\/cluster must match pattern/],
  ];
  for (const [what, dossier, message] of refused) {
    it(`refuses ${what}: exit 2, nothing written`, async () => {
      const out = join(tmp, 'never.html');
      const r = await runCaptured(['report', write('crafted.json', JSON.stringify(dossier)), '--html', out]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /^recoupe: the dossier ".*crafted\.json" does not match the dossier format \(schema\/dossier\.schema\.json\): /);
      assert.match(r.err, message);
      assert.throws(() => readFileSync(out));
    });
  }

  it('escapes the controls of a format value it quotes', async () => {
    const r = await runCaptured(['report', write('format.json', JSON.stringify({ ...sample, format: '\u202e\x1b[2J' })), '--md', '-']);
    assert.equal(r.code, 2);
    assert.ok(!/[\x1b\u202e]/.test(r.err), r.err);
    assert.match(r.err, /is not a recoupe dossier \(format "\\u202e\\u001b\[2J"\)/); // JSON.stringify escapes ESC, terminalSafe the override
  });

  it('escapes the controls of the text JSON.parse quotes', async () => {
    const r = await runCaptured(['report', write('bad.json', '{"format": \x1b[2J\u202e}'), '--md', '-']);
    assert.equal(r.code, 2);
    assert.match(r.err, /is not JSON/);
    assert.ok(!/[\x1b\u202e]/.test(r.err), r.err);
  });

  it('escapes the controls of the dossier path it names', async () => {
    const r = await runCaptured(['report', join(tmp, 'missing\x1b[2J.json'), '--md', '-']);
    assert.equal(r.code, 2);
    assert.ok(!/\x1b/.test(r.err), r.err);
    assert.match(r.err, /no dossier at ".*missing\\x1b\[2J\.json"/);
  });
});
