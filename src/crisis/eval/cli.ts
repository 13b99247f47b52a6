// `npm run eval:crisis [corpus.json...]`: the risk detector's figures on corpora (a developer tool, not a gate).
import { fileURLToPath } from 'node:url';
import { type Corpus, CorpusError, loadCorpus } from './corpus.js';
import { formatReport } from './report.js';
import { breakdown, evaluate, only } from './score.js';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/**
 * The shared corpus, our harder cases, our long benign texts, batches 3 and 4 (their misses were tuned on for the
 * safety net) and the current held-out batch 5 (never tuned on).
 */
const defaults: readonly { path: string; name: string }[] = [
  { path: fromRoot('test/crisis/corpora/shared.json'), name: 'shared' },
  { path: fromRoot('test/crisis/corpora/harder.json'), name: 'harder' },
  { path: fromRoot('test/crisis/corpora/benign-long.json'), name: 'benign-long' },
  { path: fromRoot('test/crisis/corpora/unseen-3.json'), name: 'unseen-3' },
  { path: fromRoot('test/crisis/corpora/unseen-4.json'), name: 'unseen-4' },
  { path: fromRoot('test/crisis/corpora/unseen-5.json'), name: 'held-out' },
];

function main(args: readonly string[]): number {
  const files = args.length > 0 ? args.map((path) => ({ path, name: undefined })) : defaults;
  let corpora: Corpus[];
  try {
    corpora = files.map(({ path, name }) => loadCorpus(path, name));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    console.error(`eval:crisis: ${error.path}: ${error.problem}`);
    return 1;
  }
  // Two files with the same base name still get a section each.
  const seen = new Map<string, number>();
  corpora = corpora.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name}#${n}` };
  });
  const evaluation = evaluate(corpora);
  const sections = corpora.map((c) => ({
    title: `${c.name} (${c.path})`,
    rows: breakdown(only(evaluation, c.name)),
  }));
  if (corpora.length > 1) sections.push({ title: 'overall', rows: breakdown(evaluation) });
  console.log(formatReport(evaluation, sections));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
