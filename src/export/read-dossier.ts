// Reading a dossier back: JSON, then format and major version, then the shape the schema documents.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DOSSIER_VERSION, type Dossier } from '../core/index.js';

const FORMAT = 'recoupe-dossier';
const MAJOR = DOSSIER_VERSION.split('.')[0]!;

let validate: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

// The schema without its `additionalProperties: false`: a later 1.x dossier may add fields, and this reader ignores them.
function validator(): NonNullable<typeof validate> {
  if (validate) return validate;
  const schema = JSON.parse(readFileSync(new URL('../../schema/dossier.schema.json', import.meta.url), 'utf8')) as unknown;
  const open = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(open);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) if (!(key === 'additionalProperties' && value === false)) out[key] = open(value);
    return out;
  };
  validate = new Ajv2020({ allErrors: true, validateFormats: false, strict: false }).compile(open(schema) as object);
  return validate;
}

/** Parses and checks a dossier's text; `name` is how errors refer to it. Throws an Error whose message says what is wrong and what to do. */
export function parseDossier(text: string, name: string): Dossier {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${name} is not JSON (${(error as Error).message}); give the file written by \`recoupe analyze --out\``);
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || data === null || head.format !== FORMAT) {
    const found = typeof data === 'object' && data !== null && 'format' in data ? `format ${JSON.stringify(head.format)}` : 'no "format" field';
    throw new Error(`${name} is not a recoupe dossier (${found}); expected format "${FORMAT}" version ${MAJOR}.x, as written by \`recoupe analyze --out\``);
  }
  const version = typeof head.version === 'string' ? head.version : '';
  if (version.split('.')[0] !== MAJOR || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(
      `${name} is a ${FORMAT} of version ${JSON.stringify(head.version ?? null)}; this recoupe reads version ${MAJOR}.x only ` +
        `(re-run \`recoupe analyze\` with this recoupe, or use the recoupe that wrote it)`,
    );
  }
  const check = validator();
  if (!check(data)) {
    const errors = (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new Error(`${name} does not match the dossier format (schema/dossier.schema.json): ${errors.join('; ')}`);
  }
  return data as Dossier;
}
