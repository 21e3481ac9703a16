// Language identification, offline: eld's smallest n-gram database (about 85 MB of memory, loaded on first use).

/** Shortest text (in letters) whose language is guessed; shorter ones are "und". */
const MIN_LETTERS = 20;
/** How much text is looked at: the start of an article says its language. */
const SAMPLE_CHARS = 3000;

type Detector = { detect(text: string): { language: string; isReliable(): boolean } };
let detector: Promise<Detector> | null = null;

/** Detected language as ISO 639-1 ("fr", "en", ...) and whether the detector is sure; "und" when it cannot tell. */
export async function detectLanguage(text: string, hint: string | null = null): Promise<{ language: string; reliable: boolean }> {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: hint ?? 'und', reliable: false };
  detector ??= import('eld/extrasmall').then((m) => m.eld as Detector);
  const result = (await detector).detect(sample);
  if (!result.language) return { language: hint ?? 'und', reliable: false };
  const reliable = result.isReliable();
  // An unsure guess yields to the language the page declares.
  if (!reliable && hint) return { language: hint, reliable: false };
  return { language: result.language, reliable };
}
