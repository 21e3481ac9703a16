#!/usr/bin/env node
// `npm run eval`: runs recoupe (the built CLI, bin/recoupe.js: run `npm run build` first) on the shared evaluation
// corpora (../shared) and prints one block of figures per suite. Skips with a message when ../shared is absent.
//
// Usage: npm run eval [-- [suite...] [--json] [--max-docs N]]
//   suites      seeds fr-dev stories extraction ner-hipe ner-europeana ner-wikineural polnear semeval-fr semeval-en (default: all)
//   --json      also print every figure as one JSON object at the end (for a CI artifact)
//   --max-docs N  (or RECOUPE_EVAL_MAX_DOCS=N) analyse at most N documents per NER corpus (the first N in file order);
//               the cap is printed in each block, so capped figures are never mistaken for the full set. Default: none
//               (the full NER corpora take about 10 s to 2 min each).
//   RECOUPE_EVAL_TIMEOUT=SECONDS  kills a recoupe or scorer run after this long (default 900); the suite then fails.
// A suite whose data is missing is skipped; a suite that fails prints its error and the run goes on. Each suite uses
// its own temporary --db; every temporary file is removed at the end. Exit code 1 when a suite failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const evalDir = join(shared, 'eval');
const data = join(shared, 'data');
const recoupe = join(root, 'bin', 'recoupe.js');

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
let maxDocs = Number(process.env.RECOUPE_EVAL_MAX_DOCS) || null;
const wanted = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--json') continue;
  if (argv[i] === '--max-docs') { maxDocs = Number(argv[++i]) || null; continue; }
  if (argv[i].startsWith('--max-docs=')) { maxDocs = Number(argv[i].split('=')[1]) || null; continue; }
  wanted.push(argv[i]);
}
const timeoutMs = (Number(process.env.RECOUPE_EVAL_TIMEOUT) || 900) * 1000;

if (!existsSync(evalDir)) {
  console.log(`eval: skipped: ${shared} is absent (the shared evaluation corpora are not on this machine)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist'))) console.log('eval: warning: dist/ is absent; run `npm run build` first');

const tmp = mkdtempSync(join(tmpdir(), 'recoupe-eval-'));
const cleanup = () => rmSync(tmp, { recursive: true, force: true });
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

// Runs a command; throws on a crash, a timeout or an exit code outside `ok`.
function run(cmd, args, { ok = [0] } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
  const what = `${cmd === process.execPath ? 'node' : cmd} ${args.map((a) => a.replace(tmp, '$TMP').replace(shared, '../shared')).join(' ')}`;
  if (r.error) throw new Error(`${what}: ${r.error.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : r.error.message}`);
  if (!ok.includes(r.status)) throw new Error(`${what} exited with ${r.status ?? r.signal}:\n${(r.stderr || r.stdout).trim().slice(-2000)}`);
  return r;
}
const node = (script, args, opt) => run(process.execPath, [script, ...args], opt);
const scorer = (name, args) => JSON.parse(node(join(evalDir, name), [...args, '--json']).stdout.trim().split('\n').pop());

// recoupe analyze INPUT into DIR/dossier.json with a fresh store DIR/db; exit 1 means some inputs were rejected.
function analyze(dir, inputs) {
  const out = join(dir, 'dossier.json');
  const t0 = Date.now();
  node(recoupe, ['analyze', ...inputs, '--out', out, '--db', join(dir, 'db'), '--quiet'], { ok: [0, 1] });
  const seconds = (Date.now() - t0) / 1000;
  const dossier = JSON.parse(readFileSync(out, 'utf8'));
  const inp = dossier.inputs ?? {};
  return {
    out, dossier,
    info: { analyze_s: +seconds.toFixed(1), files: inp.files, articles: dossier.articles?.length ?? 0,
      rejected: inp.rejected?.length ?? 0, skipped: inp.skipped?.length ?? 0, rejected_sample: (inp.rejected ?? []).slice(0, 3) },
  };
}
const analyzeLine = (i) => `analyze ${i.analyze_s} s: ${i.files} files, ${i.articles} articles, ${i.rejected} rejected, ${i.skipped} skipped` +
  (i.rejected ? `\n  rejected e.g. ${i.rejected_sample.map((x) => JSON.stringify(x).slice(0, 160)).join('; ')}` : '');
const prf = (x) => `P ${x.precision.toFixed(3)}  R ${x.recall.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;

// NER suites: prepare each gold file into its own folder, keep at most maxDocs documents of each (the first ones in
// file order), analyse all folders at once, then score each gold (ner-score only counts the documents still present).
function nerSuite(name, title, golds) {
  return {
    name, title, needs: golds,
    run(dir) {
      const parts = golds.map((g, i) => {
        const docs = join(dir, 'docs', String(i));
        const total = Number(node(join(evalDir, 'ner-score.mjs'), ['prepare', g, docs]).stdout.match(/^(\d+)/)?.[1] ?? 0);
        const files = readdirSync(docs).sort();
        if (maxDocs && files.length > maxDocs) for (const f of files.slice(maxDocs)) rmSync(join(docs, f));
        return { gold: g, docs, total, used: Math.min(files.length, maxDocs ?? Infinity) };
      });
      const used = parts.reduce((n, p) => n + p.used, 0), total = parts.reduce((n, p) => n + p.total, 0);
      const cap = used < total ? `CAPPED: ${used} of ${total} documents (--max-docs ${maxDocs} per gold file); not the full-set figures`
        : `all ${total} documents`;
      const a = analyze(dir, [join(dir, 'docs')]);
      const figures = { documents: used, documents_total: total, capped: used < total, ...a.info, scores: {} };
      const lines = [cap, analyzeLine(a.info)];
      for (const p of parts) {
        const s = scorer('ner-score.mjs', ['score', p.gold, p.docs, a.out]);
        s.documents_scored = p.used;
        figures.scores[s.gold] = s;
        lines.push(`${s.gold}: ${p.used}${p.used < p.total ? ` of ${p.total}` : ''} documents` +
          `${s.missing_articles ? `, ${s.missing_articles} without an article` : ''}`,
          `  typed    ${prf(s.typed)}  (gold mentions ${s.typed.gold})`,
          `  untyped  ${prf(s.untyped)}`,
          `  F1 by type: person ${s.person.f1.toFixed(3)}  org ${s.org.f1.toFixed(3)}  place ${s.place.f1.toFixed(3)}`);
      }
      return { figures, text: lines.join('\n') };
    },
  };
}

const semevalSuite = (lang) => ({
  name: `semeval-${lang}`, title: `SemEval-2023 Task 3 ${lang.toUpperCase()} train, sensational signal (semeval-score.mjs)`,
  needs: [join(data, 'semeval2023-task3', lang, 'train-articles-subtask-3')],
  run(dir) {
    const a = analyze(dir, [join(data, 'semeval2023-task3', lang, 'train-articles-subtask-3')]);
    const s = scorer('semeval-score.mjs', [join(data, 'semeval2023-task3', lang), a.out]);
    const withSignal = a.dossier.articles.filter((x) => (x.signals ?? []).some((g) => String(g.name).toLowerCase() === 'sensational')).length;
    const f = (x) => (x == null ? 'n/a' : x.toFixed(3));
    return {
      figures: { ...a.info, ...s, articles_with_sensational_signal: withSignal },
      text: [analyzeLine(a.info),
        `spearman_loaded ${f(s.spearman_loaded)} (${s.with_paragraph_labels} articles)  auc_opinion ${f(s.auc_opinion)} (${s.with_genre} articles)`,
        `articles with a 'sensational' signal: ${withSignal} of ${s.articles_scored}${withSignal ? '' : ' (none: every score is 0, figures are chance)'}`].join('\n'),
    };
  },
});

const SUITES = [
  {
    name: 'seeds', title: 'seeds-dev (score.mjs)', needs: [join(shared, 'corpus/seeds-dev'), join(evalDir, 'seeds-dev.gold.json')],
    run(dir) {
      const a = analyze(dir, [join(shared, 'corpus/seeds-dev')]);
      const r = node(join(evalDir, 'score.mjs'), [join(evalDir, 'seeds-dev.gold.json'), a.out], { ok: [0, 1] });
      let figures = {};
      try { figures = JSON.parse(node(join(evalDir, 'score.mjs'), [join(evalDir, 'seeds-dev.gold.json'), a.out, '--json'], { ok: [0, 1] }).stdout); } catch { /* table only */ }
      return { figures, text: r.stdout.split('\n\n')[0] };
    },
  },
  {
    name: 'fr-dev', title: 'fr-dev: twelve real French articles, attribution, modality, entities (score.mjs)',
    needs: [join(evalDir, 'fr-dev.gold.json'), join(data, 'semeval2023-task3/fr/train-articles-subtask-1')],
    run(dir) {
      // The gold names its articles by file name; they are copied into one folder, as the eval README says.
      const gold = JSON.parse(readFileSync(join(evalDir, 'fr-dev.gold.json'), 'utf8'));
      const inputs = join(dir, 'articles');
      mkdirSync(inputs, { recursive: true });
      for (const article of gold.articles) {
        writeFileSync(join(inputs, article.file), readFileSync(join(data, 'semeval2023-task3/fr/train-articles-subtask-1', article.file)));
      }
      const a = analyze(dir, [inputs]);
      const goldPath = join(evalDir, 'fr-dev.gold.json');
      const r = node(join(evalDir, 'score.mjs'), [goldPath, a.out], { ok: [0, 1] });
      let figures = {};
      try { figures = JSON.parse(node(join(evalDir, 'score.mjs'), [goldPath, a.out, '--json'], { ok: [0, 1] }).stdout); } catch { /* table only */ }
      return { figures, text: r.stdout.split('\n\n')[0] };
    },
  },
  {
    name: 'stories', title: 'FNC-1 stories dev: claims across outlets, stories apart, denials (stories-score.mjs)',
    needs: [join(data, 'fnc1-stories/dev/bodies'), join(data, 'fnc1-stories/dev/stories.gold.json')],
    run(dir) {
      const a = analyze(dir, [join(data, 'fnc1-stories/dev/bodies')]);
      // This scorer prints one indented JSON object: {summary, problems}.
      const s = JSON.parse(node(join(evalDir, 'stories-score.mjs'), [join(data, 'fnc1-stories/dev/stories.gold.json'), a.out, '--json']).stdout).summary;
      const shown = Object.entries(s).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${v}`).join('  ');
      return { figures: { ...a.info, ...s }, text: [analyzeLine(a.info), shown].join('\n') };
    },
  },
  {
    name: 'extraction', title: 'article-extraction-benchmark (extraction-score.mjs)', needs: [join(data, 'article-extraction-benchmark/html')],
    run(dir) {
      // The benchmark's pages are .html.gz; recoupe reads them as they are.
      const r = node(recoupe, ['extract', join(data, 'article-extraction-benchmark/html'), '--json'], { ok: [0, 1] });
      const pred = join(dir, 'pred.json');
      writeFileSync(pred, r.stdout);
      const s = scorer('extraction-score.mjs', [pred]);
      return { figures: s, text: `pages ${s.pages}  missing ${s.missing}  F1 ${s.f1}  precision ${s.precision}  recall ${s.recall}` };
    },
  },
  nerSuite('ner-hipe', 'HIPE-2022 French dev, hipe2020 + letemps (ner-score.mjs)',
    ['hipe2020', 'letemps'].map((c) => join(data, `hipe2022-fr-ner/HIPE-2022-v2.1-${c}-dev-fr.tsv`))),
  nerSuite('ner-europeana', 'Europeana Newspapers French, L\'Ouest-Éclair OCR (ner-score.mjs)',
    [join(data, 'europeana-newspapers-fr-ner/enp_FR.bnf.bio')]),
  nerSuite('ner-wikineural', 'WikiNEuRal French val, silver labels (ner-score.mjs)', [join(data, 'wikineural-fr/val.conllu')]),
  {
    name: 'polnear', title: 'PolNeAR dev, attribution (polnear-score.mjs)', needs: [join(data, 'polnear/dev/text'), join(data, 'polnear/dev/attributions')],
    run(dir) {
      const a = analyze(dir, [join(data, 'polnear/dev/text')]);
      const s = scorer('polnear-score.mjs', [join(data, 'polnear/dev'), a.out]);
      const claims = a.dossier.claims?.length ?? 0;
      return {
        figures: { ...a.info, claims, ...s },
        text: [analyzeLine(a.info),
          `precision ${s.precision}  recall_speech ${s.recall_speech}  recall_all ${s.recall_all}  f1_speech ${s.f1_speech}  f1_all ${s.f1_all}`,
          `texts ${s.texts}  missing ${s.missing_articles}  gold ${s.gold_all} (speech ${s.gold_speech})  attributed claims ${s.predicted} of ${claims}`].join('\n'),
      };
    },
  },
  semevalSuite('fr'),
  semevalSuite('en'),
];

const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
if (unknown.length) {
  console.error(`eval: unknown suite(s) ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(' ')}`);
  process.exit(2);
}

const all = { date: new Date().toISOString(), commit: null, max_docs: maxDocs, suites: {} };
try {
  all.commit = spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || null;
  // uncommitted changes under src/ mean the figures are not those of the commit alone
  if (all.commit && spawnSync('git', ['-C', root, 'status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).stdout.trim()) all.commit += '+dirty';
} catch { /* no git */ }
let failed = 0;
const tStart = Date.now();
for (const suite of SUITES) {
  if (wanted.length && !wanted.includes(suite.name)) continue;
  const absent = suite.needs.filter((p) => !existsSync(p));
  if (absent.length) {
    console.log(`\n== ${suite.name}: skipped: ${absent[0].replace(shared, '../shared')} is absent`);
    all.suites[suite.name] = { status: 'skipped', missing: absent };
    continue;
  }
  const dir = join(tmp, suite.name);
  mkdirSync(dir);
  const t0 = Date.now();
  try {
    const { figures, text } = suite.run(dir);
    const s = (Date.now() - t0) / 1000;
    console.log(`\n== ${suite.name}: ${suite.title} (${s.toFixed(1)} s)\n${text}`);
    all.suites[suite.name] = { status: 'ok', wall_s: +s.toFixed(1), ...figures };
  } catch (error) {
    failed++;
    const s = (Date.now() - t0) / 1000;
    console.log(`\n== ${suite.name}: FAILED after ${s.toFixed(1)} s\n${error.message}`);
    all.suites[suite.name] = { status: 'failed', wall_s: +s.toFixed(1), error: error.message.slice(0, 2000) };
  }
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\neval: ${all.commit ?? 'no commit'}: ${Object.keys(all.suites).length} suite(s) in ${((Date.now() - tStart) / 1000).toFixed(1)} s` +
  `${failed ? `, ${failed} failed` : ''}${maxDocs ? `, NER corpora capped at ${maxDocs} documents` : ''}`);
if (asJson) console.log(JSON.stringify(all));
process.exitCode = failed ? 1 : 0;
