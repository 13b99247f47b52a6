// Performance check for the risk detector (not a test): `npm run bench:crisis` prints messages/s and MB/s.
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.js';
import { detectRisk } from './detector.js';

const corpusPath = (name: string) => fileURLToPath(new URL(`../../test/crisis/corpora/${name}.json`, import.meta.url));

const handWritten = [
  "I've been feeling really anxious at work and I can't sleep, my manager keeps piling on deadlines.",
  "I'm going to kill myself 😢",
  'me muero de risa con mis amigos, pero estoy estresada por el trabajo',
  "my husband chokes me when he's angry",
  'I want to cut back on caffeine and find a therapist who gets me',
];
/** Chat-sized texts (up to 300 characters) from our corpora, crisis and benign, both languages. */
const fromCorpora = ['harder', 'benign-long'].flatMap((name) =>
  [...loadCorpus(corpusPath(name)).languages.values()]
    .flatMap((l) => [...l.crisis.map((c) => c.text), ...l.benign])
    .filter((t) => t.length <= 300),
);

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const paragraph =
  'Work has been a lot lately; deadlines are murder and my feet are killing me after every shift. ' +
  "I'd like to end my habit of doom-scrolling, sleep better and feel like myself again. ";
const big = fill(paragraph, 100_000);
const bigWithRisk = `${big.slice(0, 50_000)} and honestly I want to die. ${big.slice(50_000)}`;
const hostile = 'a'.repeat(100_000);
const riskPhrases = [
  "I'm not suicidal but I wish I could sleep forever.",
  'my husband chokes me and I want to kill myself tonight,',
  'quiero matarme, me tomé todas las pastillas y mi esposo me pega',
  'my feet are killing me and I am dying to find a therapist;',
  'I want to hurt my boss and I have thought about how',
].join(' ');
const dense = (size: number) => fill(riskPhrases, size);
const repeatedTriggers = fill('want to want to kill kill my my ', 100_000);
/** Words that start long-gap patterns (abuser ..12 verb, weapon ..10 target) with no sentence break. */
const longGaps = fill('my husband knife pills rope he she my dad not never where lives me ', 100_000);

function bench(label: string, texts: readonly string[], minMs = 500): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Warm up first, so the JIT has settled before timing.
  const warmUntil = performance.now() + minMs / 2;
  while (performance.now() < warmUntil) for (const text of texts) detectRisk(text);
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const text of texts) detectRisk(text);
    runs++;
    elapsed = performance.now() - start;
  }
  const messages = runs * texts.length;
  const mbPerSec = (runs * bytes) / 1e6 / (elapsed / 1000);
  console.log(
    `${label.padEnd(46)} ${(messages / (elapsed / 1000)).toFixed(0).padStart(8)} msg/s  ${mbPerSec.toFixed(2).padStart(7)} MB/s  ${(elapsed / messages).toFixed(3).padStart(8)} ms/msg`,
  );
  return mbPerSec;
}

bench('typical messages (hand-written)', handWritten);
bench(`typical messages (${fromCorpora.length} corpus texts)`, fromCorpora);
bench('100 KB harmless', [big]);
bench('100 KB with buried risk', [bigWithRisk]);
bench('100 KB one long "word"', [hostile]);
bench('100 KB repeated trigger words', [repeatedTriggers]);
bench('100 KB long-gap trigger words, one sentence', [longGaps]);
const small = bench('10 KB dense risk phrases', [dense(10_000)]);
const large = bench('100 KB dense risk phrases (worst case)', [dense(100_000)]);
console.log(`linearity: dense 100 KB runs at ${((large / small) * 100).toFixed(0)}% of the 10 KB throughput (MB/s)`);
console.log(
  'buried risk found:',
  detectRisk(bigWithRisk)
    .kinds.map((k) => `${k.kind}:${k.level}`)
    .join(', '),
);
