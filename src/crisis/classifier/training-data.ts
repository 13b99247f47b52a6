// The learned tier's training corpus: JSON Lines per language under src/crisis/training/, plus the project's detector
// corpora named in sources.json, read into one labelled list and fingerprinted (the model records what it learned from).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadCorpus } from '../corpus.js';
import { riskKinds, riskLevels } from '../types.js';

export const subjects = ['self', 'someone-else'] as const;

const crisisLine = z.object({
  text: z.string().min(1),
  kind: z.enum(riskKinds),
  level: z.enum(riskLevels),
  subject: z.enum(subjects).default('self'),
  minor: z.boolean().default(false),
});
const benignLine = z.object({ text: z.string().min(1), kind: z.null(), tag: z.string().optional() });
const lineSchema = z.union([crisisLine, benignLine]);

export interface Example {
  text: string;
  language: string;
  /** `null` for a harmless message. */
  kind: (typeof riskKinds)[number] | null;
  level: (typeof riskLevels)[number] | null;
  subject: (typeof subjects)[number] | null;
  minor: boolean;
  source: string;
}

const sourcesSchema = z.object({
  /** Languages whose folders hold JSON Lines files (and whose locales give the product's own vocabulary). */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  /** Corpora in the shared evaluation format (relative to the project root) that also teach the model. */
  corpora: z.array(z.string()).default([]),
});

export interface TrainingData {
  examples: Example[];
  /** SHA-256 over every example in order: a model trained on other data is stale. */
  fingerprint: string;
}

/** Every string under `node`, depth first. */
function stringsIn(node: unknown, into: Set<string>): Set<string> {
  if (typeof node === 'string') into.add(node);
  else if (Array.isArray(node)) for (const item of node) stringsIn(item, into);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) stringsIn(value, into);
  return into;
}

/**
 * What people tap and type as ordinary answers, in the product's own words: every choice title (intake.json) and
 * every typed-answer synonym (understanding.json). They teach the model that "Messaging", "face to face" or "more
 * than half the days" are answers, not risk.
 */
function productVocabulary(root: string, language: string): string[] {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, 'locales', language, name), 'utf8'));
  const intake = read('intake.json') as { fields?: Record<string, { choices?: unknown }>; choices?: unknown };
  const found = new Set<string>();
  for (const field of Object.values(intake.fields ?? {})) stringsIn(field.choices, found);
  stringsIn(intake.choices, found);
  stringsIn(read('understanding.json'), found);
  // `=x` entries are exact-match markers of the understanding lexicon, not text.
  return [...found]
    .map((text) => text.replace(/^=/, ''))
    .filter((text) => text.trim().length > 0 && !text.includes('{{'));
}

export function loadTrainingData(root: string): TrainingData {
  const trainingDir = join(root, 'src/crisis/training');
  const sources = sourcesSchema.parse(JSON.parse(readFileSync(join(trainingDir, 'sources.json'), 'utf8')));
  const examples: Example[] = [];
  for (const language of sources.languages) {
    const dir = join(trainingDir, language);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!line.trim()) return;
        const parsed = lineSchema.safeParse(JSON.parse(line));
        // Which file and line, never the text: a training message may read like a real one.
        if (!parsed.success) throw new Error(`${language}/${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
        const d = parsed.data;
        examples.push(
          d.kind === null
            ? { text: d.text, language, kind: null, level: null, subject: null, minor: false, source: file }
            : { ...d, language, source: file },
        );
      });
    }
  }
  for (const language of sources.languages) {
    for (const text of productVocabulary(root, language)) {
      examples.push({ text, language, kind: null, level: null, subject: null, minor: false, source: 'locales' });
    }
  }
  for (const path of sources.corpora) {
    const corpus = loadCorpus(join(root, path));
    for (const [language, cases] of corpus.languages) {
      for (const c of cases.crisis) {
        examples.push({
          text: c.text,
          language,
          kind: c.kind,
          level: c.min,
          subject: c.subject ?? 'self',
          minor: c.minor ?? false,
          source: corpus.name,
        });
      }
      for (const text of cases.benign) {
        examples.push({ text, language, kind: null, level: null, subject: null, minor: false, source: corpus.name });
      }
    }
  }
  const hash = createHash('sha256');
  for (const e of examples) hash.update(JSON.stringify([e.text, e.language, e.kind, e.level, e.subject, e.minor]));
  return { examples, fingerprint: hash.digest('hex') };
}
