import { readdirSync, readFileSync } from 'node:fs';
import { findDates } from './index.js';
const one = readdirSync('examples').filter((n) => n.endsWith('.txt')).map((n) => readFileSync(`examples/${n}`, 'utf8')).join('\n\n');
const text = one.repeat(100);
for (const language of ['fr', 'en', 'und']) {
  findDates(one, { published: '2024-09-26', language });
  const t0 = performance.now();
  const found = findDates(text, { published: '2024-09-26', language });
  const ms = performance.now() - t0;
  console.log(`${language}: ${(text.length / 1e6).toFixed(2)} M chars, ${found.length} dates in ${ms.toFixed(0)} ms: ${Math.round(found.length / (ms / 1000))} dates/s, ${(text.length / 1e6 / (ms / 1000)).toFixed(2)} M chars/s`);
}
// per-rule cost
const dense = [
  'Le 21 mars 2023, puis en novembre, hier, mardi, au 2e trimestre 2024, du 30 août au 5 septembre, depuis 2022. ',
  'On March 21, 2023, last year, in November, Q2 2024, between March and May 2023, two years ago, since 2022. ',
].join('').repeat(20000);
for (const language of ['fr', 'en', 'und']) {
  const t0 = performance.now();
  const found = findDates(dense, { published: '2024-09-26', language });
  const ms = performance.now() - t0;
  console.log(`dense ${language}: ${(dense.length / 1e6).toFixed(2)} M chars, ${found.length} dates in ${ms.toFixed(0)} ms: ${Math.round(found.length / (ms / 1000))} dates/s`);
}
