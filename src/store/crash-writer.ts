// Child process for crash.test.ts: opens the embedded store in the folder given and writes forever, either files
// (each putFile one transaction of 5 to 40 articles of about 3 KB) or corrections (one addCorrection each, an alias
// named "<label>/<n>"). It reports on stdout, one line each:
//   "opened"         the store is open
//   "begin <key>"    a write starts (key: the file's path, or the correction's alias)
//   "wrote <key>"    that write returned (so it is committed)
// Usage: node --import tsx src/store/crash-writer.ts <data folder> <label> [files|corrections]
import { openStore } from './index.js';
import { sampleArticle, sampleFile, sampleId } from './sample-article.js';

const [dir, label, what = 'files'] = process.argv.slice(2);
if (dir === undefined || label === undefined || (what !== 'files' && what !== 'corrections')) {
  console.error('usage: crash-writer <data folder> <label> [files|corrections]');
  process.exit(2);
}
const store = await openStore({ backend: 'embedded', dir });
console.log('opened');
for (let n = 0; ; n++) {
  if (what === 'corrections') {
    const alias = `${label}/${n}`;
    console.log(`begin ${alias}`);
    await store.addCorrection({ kind: 'entity-alias', payload: { entity: 'Crash Writer', alias } });
    console.log(`wrote ${alias}`);
    continue;
  }
  const path = `/crash/${label}/${String(n).padStart(5, '0')}.jsonl`;
  const count = 5 + ((n * 7) % 36);
  const articles = Array.from({ length: count }, (_, i) => sampleArticle(sampleId(`${label}/${n}/${i}`), path, 3000));
  console.log(`begin ${path}`);
  await store.putFile(sampleFile(path, articles.map((a) => a.id)), articles);
  console.log(`wrote ${path}`);
}
