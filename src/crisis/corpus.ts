// Loads risk-detector corpora in the shared format (shared/crisis-cases/corpus.json) and checks their shape.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { type RiskKind, type RiskLevel, riskKinds, riskLevels } from './types.js';

export interface CrisisCase {
  text: string;
  kind: RiskKind;
  /** The lowest level that counts as found. */
  min: RiskLevel;
  /** Who is at risk: the writer (default) or someone they report about. */
  subject?: 'self' | 'someone-else';
  /** The person at risk is a child. */
  minor?: boolean;
}

export interface LanguageCases {
  crisis: CrisisCase[];
  benign: string[];
}

export interface Corpus {
  /** Short label for reports (the file name without `.json`, unless given). */
  name: string;
  path: string;
  /** Cases per language code, in file order. */
  languages: ReadonlyMap<string, LanguageCases>;
}

const caseSchema = z.object({
  text: z.string(),
  kind: z.enum(riskKinds),
  min: z.enum(riskLevels),
  subject: z.enum(['self', 'someone-else']).optional(),
  minor: z.boolean().optional(),
});
const languageSchema = z.object({
  crisis: z.array(caseSchema).default([]),
  benign: z.array(z.string()).default([]),
});
const fileSchema = z.record(z.string(), z.unknown());
/** Top-level keys that describe the corpus rather than hold a language's cases. */
const metaKeys = new Set(['about', 'levels', 'kinds']);

/** A corpus file that cannot be used: which file and what is wrong, never its content (it may hold real messages). */
export class CorpusError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** Checks parsed JSON and turns it into a corpus; throws CorpusError naming the bad key. */
export function parseCorpus(json: unknown, path: string, name = basename(path, '.json')): Corpus {
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new CorpusError(path, 'not a JSON object');
  const languages = new Map<string, LanguageCases>();
  for (const [key, value] of Object.entries(file.data)) {
    if (metaKeys.has(key)) continue;
    const parsed = languageSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CorpusError(path, `${[key, ...(issue?.path ?? [])].join('.')}: ${issue?.message ?? 'invalid'}`);
    }
    languages.set(key, parsed.data);
  }
  if (languages.size === 0) throw new CorpusError(path, 'no language sections');
  return { name, path, languages };
}

/** Reads and checks one corpus file; throws CorpusError when it cannot be read or is malformed. */
export function loadCorpus(path: string, name?: string): Corpus {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CorpusError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message quotes the file; say only that it is not JSON.
    throw new CorpusError(path, 'invalid JSON');
  }
  return parseCorpus(json, path, name);
}
