// `npm run eval:crisis [corpus.json...]`: the risk detector's figures on corpora, for the rules alone, the learned
// tier alone and both (as the product runs), with 95% intervals, then every miss and false alarm of both tiers.
// A developer tool, not a gate.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Corpus, CorpusError, loadCorpus } from '../corpus.js';
import { detectRisk, type Tiers } from '../detector.js';
import { formatReport, type Section } from './report.js';
import { breakdown, evaluate, only } from './score.js';

const corporaDir = fileURLToPath(new URL('../../../test/crisis/corpora/', import.meta.url));

/** The shared corpus, then the fresh batches (each written by someone who saw neither detector nor training data). */
function defaultFiles(): { path: string; name: string }[] {
  const fresh = readdirSync(corporaDir)
    .filter((f) => /^fresh-\d+\.json$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  return [
    { path: `${corporaDir}shared.json`, name: 'shared' },
    ...fresh.map((f) => ({ path: `${corporaDir}${f}`, name: f.replace('.json', '') })),
  ];
}

const tierTitles: Record<Tiers, string> = {
  rules: 'rules alone',
  learned: 'learned tier alone',
  both: 'both tiers (the product)',
};

function main(args: readonly string[]): number {
  const files = args.length > 0 ? args.map((path) => ({ path, name: undefined })) : defaultFiles();
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
  const sections: Section[] = [];
  let both = evaluate([]);
  for (const tiers of ['rules', 'learned', 'both'] as const) {
    const evaluation = evaluate(corpora, (text) => detectRisk(text, tiers));
    if (tiers === 'both') both = evaluation;
    for (const c of corpora) {
      sections.push({
        title: `${tierTitles[tiers]}: ${c.name} (${c.path})`,
        rows: breakdown(only(evaluation, c.name), tiers === 'both'),
      });
    }
  }
  console.log(formatReport(both, sections));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
