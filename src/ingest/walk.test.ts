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
    assert.deepEqual(r.skipped.map((p) => relative(root, p.path)).sort(), ['a/README.md', 'a/b/photo.jpg']);
    assert.ok(r.skipped.every((p) => p.reason.length > 10), 'each file passed over says why');
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

  it('follows a link only while it stays inside the folder given; names the target of one that leaves it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'recoupe-walk-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'not for the dossier');
    const inside = mkdtempSync(join(tmpdir(), 'recoupe-walk-inside-'));
    mkdirSync(join(inside, 'sub'));
    writeFileSync(join(inside, 'sub/story.txt'), 'an article');
    symlinkSync(join(outside, 'secret.txt'), join(inside, 'passwd'));
    symlinkSync(outside, join(inside, 'etc'));
    symlinkSync(join(inside, 'sub/story.txt'), join(inside, 'story-link.txt')); // stays inside: the same file, read once
    symlinkSync(join(inside, 'sub'), join(inside, 'sub-link')); // a folder link inside: its files are read once
    const r = await walkInputs([inside]);
    assert.deepEqual(r.files.map((f) => relative(inside, f.path)), ['sub/story.txt']);
    assert.deepEqual(r.rejected.map((x) => [relative(inside, x.path), x.code]).sort(), [['etc', 'link-outside'], ['passwd', 'link-outside']]);
    assert.match(r.rejected[0]!.reason, /outside the folder you gave/);
    assert.deepEqual(r.skipped.map((x) => relative(inside, x.path)).sort(), ['story-link.txt', 'sub-link']);
    const allowed = await walkInputs([inside], { followOutside: true });
    assert.deepEqual(allowed.files.map((f) => relative(inside, f.path)).sort(), ['etc/secret.txt', 'sub/story.txt']); // passwd is the same file, read once
    const named = await walkInputs([join(inside, 'passwd')]); // a link the user names is the user's choice
    assert.equal(named.files.length, 1);
  });

  it('refuses kernel and device paths even when named, and special files', async () => {
    const r = await walkInputs(['/proc/self/status', '/dev/null', '/sys/kernel']);
    assert.deepEqual(r.rejected.map((x) => x.code), ['system-path', 'system-path', 'system-path']);
    assert.equal(r.files.length, 0);
  });

  it('passes over binaries without an extension, project manifests and excluded paths, each with a reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-walk-kinds-'));
    writeFileSync(join(dir, 'dispatch'), 'PARIS (AFP) - Le ministre a déclaré mardi que...');
    writeFileSync(join(dir, 'program'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'package.json'), '{"name": "x", "description": "a package"}');
    writeFileSync(join(dir, 'dossier.json'), '{}');
    writeFileSync(join(dir, 'old-dossier.json'), '{\n "format": "recoupe-dossier",\n "version": "1.0.0"}');
    const r = await walkInputs([dir], { exclude: [join(dir, 'dossier.json')] });
    assert.deepEqual(r.files.map((f) => relative(dir, f.path)), ['dispatch']);
    assert.deepEqual(r.skipped.map((x) => [relative(dir, x.path), /binary/.test(x.reason) || /project/.test(x.reason)]).sort(), [['old-dossier.json', false], ['package.json', true], ['program', true]]);
    assert.equal(r.files[0]!.mode & 0o777, 0o644 & ~process.umask());
  });

  const rows: [string, string][] = [['a.html.gz', '.html'], ['b.TXT', '.txt'], ['c', ''], ['d.tar.gz', '.tar']];
  for (const [name, ext] of rows) it(`articleExtension(${name}) = ${ext}`, () => assert.equal(articleExtension(name), ext));
});
