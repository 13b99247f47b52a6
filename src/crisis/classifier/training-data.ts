// The learned tier's training corpus: JSON Lines per language under src/crisis/training/, plus the project's detector
// corpora named in sources.json, read into one labelled list and fingerprinted (the model records what it learned from).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadCorpus } from '../eval/corpus.js';
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
  /** Languages whose folders hold JSON Lines files. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  /** Corpora in the shared evaluation format (relative to the project root) that also teach the model. */
  corpora: z.array(z.string()).default([]),
});

export interface TrainingData {
  examples: Example[];
  /** SHA-256 over every example in order: a model trained on other data is stale. */
  fingerprint: string;
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
