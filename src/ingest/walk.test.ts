import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { articleExtension, walkInputs } from './walk.js';

describe('walkInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-walk-'));
  mkdirSync(join(root, 'a/b'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  for (const f of ['a/one.txt', 'a/b/two.html.gz', 'a/b/photo.jpg', 'a/README.md', '.hidden/x.txt', 'a/feed.xml', 'a/noext']) writeFileSync(join(root, f), 'x');
  symlinkSync(join(root, 'a'), join(root, 'a/b/up')); // a folder link back to an ancestor
  symlinkSync(join(root, 'self'), join(root, 'self')); // a link to itself
  symlinkSync(join(root, 'nowhere'), join(root, 'a/dangling.txt'));

  it('lists article files recursively, once, sorted; skips other files and hidden folders; reports loops', async () => {
    const r = await walkInputs([root, join(root, 'a/one.txt')]);
    assert.deepEqual(r.files.map((f) => relative(root, f.path)), ['a/b/two.html.gz', 'a/feed.xml', 'a/noext', 'a/one.txt']);
    assert.deepEqual(r.skipped.map((p) => relative(root, p)).sort(), ['a/README.md', 'a/b/photo.jpg']);
    assert.deepEqual(r.rejected.map((x) => [relative(root, x.path), x.code]).sort(), [
      ['a/b/up', 'symlink-loop'],
      ['a/dangling.txt', 'broken-link'],
      ['self', 'symlink-loop'],
    ]);
  });

  it('reads a file named explicitly whatever its extension', async () => {
    const r = await walkInputs([join(root, 'a/b/photo.jpg'), join(root, 'a/README.md')]);
    assert.equal(r.files.length, 2);
  });

  it('says when an input does not exist', async () => {
    const r = await walkInputs([join(root, 'missing.txt')]);
    assert.deepEqual(r.rejected.map((x) => x.code), ['not-found']);
  });

  const rows: [string, string][] = [['a.html.gz', '.html'], ['b.TXT', '.txt'], ['c', ''], ['d.tar.gz', '.tar']];
  for (const [name, ext] of rows) it(`articleExtension(${name}) = ${ext}`, () => assert.equal(articleExtension(name), ext));
});
