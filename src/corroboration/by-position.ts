// Spans of one article looked up by position: sorted once, then a binary search for each query. Filtering an
// article's whole list of mentions, claims or passages for each claim or date made the stage quadratic in the
// article's length. Results keep the list's order, as the filters they replace did.

/** Anything with a half-open span. */
interface Spanned {
  readonly start: number;
  readonly end: number;
}

/** The items of a list that lie inside [start, end], in the list's order. */
export function insideOf<T extends Spanned>(list: readonly T[]): (start: number, end: number) => T[] {
  const order = sortByStart(list);
  return (start, end) => {
    const found: { item: T; i: number }[] = [];
    for (let k = firstStartingAt(order, start); k < order.length && order[k]!.item.start <= end; k++) {
      if (order[k]!.item.end <= end) found.push(order[k]!);
    }
    return inListOrder(found);
  };
}

/**
 * The items of a list that contain [start, end], in the list's order. The scan goes back from the span while an
 * earlier item still reaches its end: items that do not overlap (sentences, the passages shared with one article)
 * stop it at once.
 */
export function aroundOf<T extends Spanned>(list: readonly T[]): (start: number, end: number) => T[] {
  const order = sortByStart(list);
  const reach: number[] = []; // the largest end among order[0..k]
  for (const [k, { item }] of order.entries()) reach.push(Math.max(item.end, k > 0 ? reach[k - 1]! : -Infinity));
  return (start, end) => {
    const found: { item: T; i: number }[] = [];
    for (let k = firstStartingAt(order, start + 1) - 1; k >= 0 && reach[k]! >= end; k--) {
      if (order[k]!.item.end >= end) found.push(order[k]!);
    }
    return inListOrder(found);
  };
}

function sortByStart<T extends Spanned>(list: readonly T[]): { item: T; i: number }[] {
  return list.map((item, i) => ({ item, i })).sort((x, y) => x.item.start - y.item.start || x.i - y.i);
}

// Index of the first item starting at or after `start`.
function firstStartingAt<T extends Spanned>(order: readonly { item: T }[], start: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order[mid]!.item.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inListOrder<T>(found: { item: T; i: number }[]): T[] {
  return found.sort((x, y) => x.i - y.i).map((x) => x.item);
}
