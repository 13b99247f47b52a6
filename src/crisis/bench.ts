// Performance sanity check for the risk detector (not a test): run with `npx tsx src/crisis/bench.ts`.
import { detectRisk } from './detector.js';

const typical = [
  "I've been feeling really anxious at work and I can't sleep, my manager keeps piling on deadlines.",
  "I'm going to kill myself 😢",
  'me muero de risa con mis amigos, pero estoy estresada por el trabajo',
  "my husband chokes me when he's angry",
  'I want to cut back on caffeine and find a therapist who gets me',
];
const paragraph =
  'Work has been a lot lately; deadlines are murder and my feet are killing me after every shift. ' +
  "I'd like to end my habit of doom-scrolling, sleep better and feel like myself again. ";
const big = `${paragraph.repeat(Math.ceil(100_000 / paragraph.length))}`.slice(0, 100_000);
const bigWithRisk = `${big.slice(0, 50_000)} and honestly I want to die. ${big.slice(50_000)}`;
const hostile = 'a'.repeat(100_000);
const riskPhrases = [
  "I'm not suicidal but I wish I could sleep forever.",
  'my husband chokes me and I want to kill myself tonight,',
  'quiero matarme, me tomé todas las pastillas y mi esposo me pega',
  'my feet are killing me and I am dying to find a therapist;',
  'I want to hurt my boss and I have thought about how',
].join(' ');
const dense = riskPhrases.repeat(Math.ceil(100_000 / riskPhrases.length)).slice(0, 100_000);
const repeatedTriggers = 'want to want to kill kill my my '.repeat(3_200).slice(0, 100_000);

function bench(label: string, texts: readonly string[], minMs = 500): void {
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
  const perMessage = elapsed / messages;
  const mbPerSec = (runs * bytes) / 1e6 / (elapsed / 1000);
  console.log(
    `${label.padEnd(44)} ${(messages / (elapsed / 1000)).toFixed(0).padStart(8)} msg/s  ${mbPerSec.toFixed(2).padStart(7)} MB/s  ${perMessage.toFixed(3).padStart(8)} ms/msg`,
  );
}

bench('typical messages', typical);
bench('100 KB harmless', [big]);
bench('100 KB with buried risk', [bigWithRisk]);
bench('100 KB one long "word"', [hostile]);
bench('100 KB repeated trigger words', [repeatedTriggers]);
bench('100 KB dense risk phrases (worst case)', [dense]);
console.log(
  'buried risk found:',
  detectRisk(bigWithRisk)
    .kinds.map((k) => `${k.kind}:${k.level}`)
    .join(', '),
);
