// Sourcing signals: claims resting on unnamed sources (anonymous-sourcing), no named source at all (unsourced),
// and many claims in the journalistic conditional (conditional-heavy).
import type { Signal } from '../../core/types.js';
import { clampScore, spanOf, type SignalContext } from '../context.js';

const NAMED = new Set(['media', 'person', 'organization', 'government', 'document']);
/** Share of attributed claims on unnamed sources at which anonymous-sourcing is raised (with at least two). */
const ANONYMOUS_SHARE = 0.25;
/** Share of claims in the conditional at which conditional-heavy is raised (with at least two). */
const CONDITIONAL_SHARE = 0.15;
/** Fewest claims for unsourced to say anything. */
const MIN_CLAIMS = 3;

/** Claims that rest on anonymous sources, directly or through an outlet's unnamed informants ("via"). */
export function anonymousSourcing({ article, claims }: SignalContext): Signal {
  const attributed = claims.filter((c) => c.attribution);
  const anonymous = attributed.filter((c) => c.attribution!.source.kind === 'anonymous' || (c.attribution!.via ?? []).some((v) => /source|officiel|responsable|official|insider/i.test(v)));
  const share = attributed.length ? anonymous.length / attributed.length : 0;
  const flag = anonymous.length >= 2 && share >= ANONYMOUS_SHARE;
  return {
    name: 'anonymous-sourcing',
    score: clampScore(share),
    flag,
    explanation: `${anonymous.length} of ${attributed.length} attributed claims rest on unnamed sources.`,
    evidence: anonymous.slice(0, 8).map((c) => spanOf(article, c.start, c.end)),
  };
}

/** No named source at all: nothing the article says can be traced to someone. */
export function unsourced({ article, claims }: SignalContext): Signal {
  const named = claims.filter((c) => c.attribution && NAMED.has(c.attribution.source.kind));
  const flag = claims.length >= MIN_CLAIMS && named.length === 0;
  return {
    name: 'unsourced',
    score: clampScore(claims.length ? 1 - named.length / Math.min(claims.length, 5) : 0),
    flag,
    explanation: named.length ? `${named.length} claims name their source.` : `None of the ${claims.length} claims names a source.`,
    evidence: flag ? claims.slice(0, 3).map((c) => spanOf(article, c.start, c.end)) : [],
  };
}

/** Many claims in the journalistic conditional ("auraient fourni"): unconfirmed reports. */
export function conditionalHeavy({ article, claims }: SignalContext): Signal {
  const conditional = claims.filter((c) => c.modality === 'conditional');
  const share = claims.length ? conditional.length / claims.length : 0;
  return {
    name: 'conditional-heavy',
    score: clampScore(share / (2 * CONDITIONAL_SHARE)),
    flag: conditional.length >= 2 && share >= CONDITIONAL_SHARE,
    explanation: `${conditional.length} of ${claims.length} claims are in the conditional of unconfirmed reports.`,
    evidence: conditional.slice(0, 8).map((c) => spanOf(article, c.start, c.end)),
  };
}
