// `npm run train:crisis`: trains the learned tier from the training corpus and writes the committed model files,
// then prints its out-of-fold figures per language (every message scored by a model that did not see it).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelPaths } from './model.js';
import { likeliestKindOf, train } from './train.js';
import { loadTrainingData } from './training-data.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const percent = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function main(): void {
  const started = performance.now();
  const data = loadTrainingData(root);
  const result = train(data);
  writeFileSync(modelPaths.file, `${JSON.stringify(result.file, null, 1)}\n`);
  writeFileSync(modelPaths.weights, result.weights);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`trained on ${data.examples.length} messages in ${seconds} s; corpus ${data.fingerprint.slice(0, 12)}`);
  console.log('out-of-fold (5-fold) figures: language, crisis recalled confident / with check-ins, harmless flagged');
  for (const language of Object.keys(result.file.thresholds)) {
    const bands = result.file.thresholds[language]!;
    let crisis = 0;
    let confident = 0;
    let checked = 0;
    let benign = 0;
    let alarms = 0;
    result.examples.forEach((example, i) => {
      if (example.language !== language) return;
      const scores = result.outOfFold[i]!;
      const kind = likeliestKindOf(scores);
      const hit = (band: 'confident' | 'checkIn') => scores[0]! >= bands[kind][band];
      if (example.kind === null) {
        benign += 1;
        if (hit('checkIn')) alarms += 1;
      } else {
        crisis += 1;
        if (hit('confident')) confident += 1;
        if (hit('checkIn')) checked += 1;
      }
    });
    console.log(
      `  ${language}: ${percent(confident, crisis)} / ${percent(checked, crisis)} of ${crisis}; ${percent(alarms, benign)} of ${benign}`,
    );
  }
}

main();
