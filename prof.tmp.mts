import { loadKnowledge } from './src/language/knowledge/index.ts';
import { findMentions } from './src/language/mentions/find-mentions.ts';
import { readFileSync, readdirSync } from 'node:fs';
const k = loadKnowledge();
const texts = readdirSync('/work/shared/data/fnc1-stories/dev/bodies').slice(0, 200).map((f) => readFileSync(`/work/shared/data/fnc1-stories/dev/bodies/${f}`, 'utf8'));
const fr = readdirSync('/tmp/frdev').map((f) => readFileSync(`/tmp/frdev/${f}`, 'utf8'));
const c0 = process.cpuUsage();
let n = 0;
for (let r = 0; r < 3; r++) { for (const t of texts) n += findMentions(t, k, undefined, 'en').length; for (const t of fr) n += findMentions(t, k, undefined, 'fr').length; }
{ const c = process.cpuUsage(c0); console.log(n, Math.round((c.user + c.system) / 1000), "cpu ms"); }
