// sensational: alarmist and loaded wording (a weighted lexicon), exclamations and capitals in the headline.
import { alarmLexicon } from '../sensational-lexicon.js';
import { clampScore, spanOf, type SignalContext } from '../context.js';
import type { Signal } from '../../core/types.js';

/** Weighted alarm terms per 100 words at which the score reaches about 0.63 (1 - 1/e). */
const DENSITY_SCALE = 2.5;
/** Score at which the flag is raised. */
const FLAG_AT = 0.5;

/** Scores alarmist and loaded wording; evidence is every term found (at most 12 spans). */
export function sensational({ article }: SignalContext): Signal {
  const text = article.text;
  const lower = text.toLocaleLowerCase('fr');
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const hits: { start: number; end: number; weight: number }[] = [];
  for (const term of alarmLexicon()) {
    let from = 0;
    for (let at = lower.indexOf(term.stem, from); at >= 0; at = lower.indexOf(term.stem, from)) {
      from = at + term.stem.length;
      if (at > 0 && /\p{L}/u.test(lower[at - 1]!)) continue; // the stem must start a word
      let end = from;
      while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
      if (term.stem.length <= 4 && end - from > 2) continue; // short stems are whole words: "fou", not "fournir"
      if (!hits.some((h) => at < h.end && end > h.start)) hits.push({ start: at, end, weight: term.weight });
    }
  }
  const weighted = hits.reduce((n, h) => n + h.weight, 0);
  const density = words ? (100 * weighted) / words : 0;
  const headline = text.slice(0, article.bodyStart);
  const exclamations = (text.match(/!/g)?.length ?? 0) / Math.max(1, text.split(/[.!?]\s/).length);
  const capsWords = headline.match(/\b\p{Lu}{4,}\b/gu)?.length ?? 0;
  const headlineWords = headline.match(/\p{L}+/gu)?.length ?? 1;
  const score = clampScore(1 - Math.exp(-density / DENSITY_SCALE) + Math.min(0.2, exclamations) + Math.min(0.2, capsWords / headlineWords));
  const flag = score >= FLAG_AT;
  const sample = hits.sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, 12).sort((a, b) => a.start - b.start);
  return {
    name: 'sensational',
    score,
    flag,
    explanation: hits.length
      ? `${hits.length} alarmist or loaded term${hits.length > 1 ? 's' : ''} (${density.toFixed(1)} weighted per 100 words)${capsWords ? `, ${capsWords} word${capsWords > 1 ? 's' : ''} in capitals in the headline` : ''}.`
      : 'No alarmist or loaded wording from the lexicon was found.',
    evidence: sample.map((h) => spanOf(article, h.start, h.end)),
  };
}
