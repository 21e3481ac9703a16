// Credit lines as provenance hints: photo credits from captions, "Source: Reuters" lines from the body.
import type { Credit, Removed } from '../../core/types.js';
import { CREDIT_PATTERNS } from './rules.js';
import type { TextBlock } from './text.js';

function cleanName(raw: string): string {
  return raw.replace(/^[\s:–—-]+|[\s.)\]]+$/g, '').replace(/\s+/g, ' ').trim();
}

/** Finds photo credits in removed captions and text credits in short body lines; duplicates are dropped. */
export function findCredits(removed: readonly Removed[], blocks: readonly TextBlock[] = []): Credit[] {
  const out: Credit[] = [];
  const seen = new Set<string>();
  const add = (of: Credit['of'], text: string, name: string): void => {
    const n = cleanName(name);
    if (n.length < 2 || seen.has(`${of}:${n}`)) return;
    seen.add(`${of}:${n}`);
    out.push({ of, text, name: n });
  };
  for (const r of removed) {
    if (r.kind !== 'caption' && r.kind !== 'credit') continue;
    const text = r.text.length > 300 ? r.text.slice(-300) : r.text;
    const photo = CREDIT_PATTERNS.photo.exec(text);
    if (photo?.[1]) add('photo', photo[0].replace(/^[\s(]+|[\s)]+$/g, ''), photo[1]);
    else {
      // "(Manu Fernandez/AP)": no keyword, but an agency at the end
      const agency = CREDIT_PATTERNS.agency.exec(text.slice(-80));
      if (agency?.[1]) add('photo', text.slice(-80).slice(agency.index).replace(/[\s)]+$/, ''), agency[1]);
    }
  }
  for (const b of blocks) {
    if (b.text.length > 100) continue;
    const source = CREDIT_PATTERNS.source.exec(b.text);
    if (source?.[1]) add('text', b.text, source[1]);
  }
  return out;
}
