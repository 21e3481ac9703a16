// Bytes -> text: detects the encoding (BOMs, UTF-16 without BOM, UTF-8, Windows-1252) and refuses binary data.

/** The outcome of decoding: the text and the encoding it was read as, or why it is not text. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly code: 'binary' | 'empty'; readonly reason: string };

const BOMS: readonly (readonly [number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Share of control bytes (other than tab, newline, carriage return, form feed) above which data is binary. */
const MAX_CONTROL_SHARE = 0.02;
/** How many bytes are sampled to sniff the encoding. */
const SNIFF_BYTES = 64 * 1024;

/** Decodes raw bytes as text, choosing the encoding; `declared` is a charset named by the document itself. */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'the file is empty' };
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return finish(new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding);
    }
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16);
  if (looksBinary(bytes)) {
    return { ok: false, code: 'binary', reason: 'the file holds binary data (control bytes), not text' };
  }
  const utf8 = scanUtf8(bytes);
  if (utf8.invalid === 0) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  // Mostly UTF-8 with a few broken bytes: keep UTF-8 (the broken bytes become U+FFFD) rather than garble every accent.
  if (utf8.multibyte > utf8.invalid) {
    return finish(new TextDecoder('utf-8').decode(bytes), `utf-8 (${utf8.invalid} invalid byte${utf8.invalid > 1 ? 's' : ''} replaced)`);
  }
  // Not UTF-8: a declared single-byte charset wins, else Windows-1252 (a superset of Latin-1's printable range).
  const fallback = normaliseCharset(declared) ?? 'windows-1252';
  const encoding = fallback === 'utf-8' ? 'windows-1252' : fallback;
  return finish(decodeText(bytes, encoding), encoding);
}

/** Maps a declared charset label to one TextDecoder knows, or null. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l === 'latin1' || l === 'latin-1' || l === 'iso-8859-1' || l === 'iso8859-1' || l === 'cp1252') return 'windows-1252';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

// Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x92 stays U+0092 instead of ’), so the
// 0x80-0x9F block, where French typography lives (’ “ ” … œ €), is mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeText(bytes: Uint8Array, encoding: string): string {
  if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
  let out = '';
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    const part = bytes.subarray(i, i + chunk);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    out += s;
  }
  return out;
}

function finish(text: string, encoding: string): Decoded {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, code: 'empty', reason: 'the file holds only white space' };
  if (hasBinaryChars(body)) {
    return { ok: false, code: 'binary', reason: `the file decodes as ${encoding} but holds binary data` };
  }
  return { ok: true, text: body, encoding };
}

// UTF-16 text without a BOM: most ASCII characters have a zero byte on one side.
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return 'utf-16le';
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > MAX_CONTROL_SHARE * n;
}

function hasBinaryChars(text: string): boolean {
  const sample = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g)?.length ?? 0;
  return control > MAX_CONTROL_SHARE * sample.length;
}

// Counts well-formed multi-byte sequences and invalid bytes, to tell UTF-8 with a few errors from Windows-1252.
function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}
