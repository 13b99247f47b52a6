// The evaluation tool: corpus checks, scoring rules, breakdowns, the report and the CLI's exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpus } from '../../src/crisis/corpus.js';
import { clip, formatReport, statsTable } from '../../src/crisis/eval/report.js';
import { breakdown, type Detect, evaluate, only, scoreCase, wilson } from '../../src/crisis/eval/score.js';
import type { RiskAssessment } from '../../src/crisis/types.js';

const corpusJson = {
  about: 'test',
  levels: ['concern', 'emergency'],
  kinds: ['suicide'],
  en: {
    crisis: [
      { text: 'found at emergency', kind: 'suicide', min: 'emergency' },
      { text: 'found at concern', kind: 'suicide', min: 'emergency' },
      { text: 'not found', kind: 'self-harm', min: 'concern' },
    ],
    benign: ['quiet', 'noisy', 'unsure'],
  },
  es: {
    crisis: [
      { text: 'found at concern', kind: 'suicide', min: 'concern', subject: 'someone-else' },
      { text: 'unsure', kind: 'suicide', min: 'concern' },
    ],
  },
};

/** A stand-in detector, so these tests do not depend on the lexicons. */
const fake: Detect = (text) => {
  const level = text.includes('emergency') ? 'emergency' : 'concern';
  const fires = text.startsWith('found') || text === 'noisy';
  const result: RiskAssessment = { hits: [], kinds: [], minor: false, denial: false, subject: 'self' };
  if (text === 'unsure') result.checkIn = { kind: 'suicide' };
  if (fires) {
    result.kinds.push({ kind: 'suicide', level });
    result.hits.push({ kind: 'suicide', level, rule: 'en.suicide.test', language: 'en' });
  }
  return result;
};

describe('parseCorpus', () => {
  it('reads every language section and defaults missing lists to empty', () => {
    const corpus = parseCorpus(corpusJson, '/x/cases.json');
    expect(corpus.name).toBe('cases');
    expect([...corpus.languages.keys()]).toEqual(['en', 'es']);
    expect(corpus.languages.get('es')?.benign).toEqual([]);
  });

  it('rejects unknown kinds and levels, naming the key', () => {
    const bad = { en: { crisis: [{ text: 'x', kind: 'sadness', min: 'concern' }], benign: [] } };
    expect(() => parseCorpus(bad, 'bad.json')).toThrow(/bad\.json: en\.crisis\.0\.kind/);
    expect(() => parseCorpus({ about: 'no languages' }, 'empty.json')).toThrow(CorpusError);
    expect(() => parseCorpus([], 'array.json')).toThrow(CorpusError);
  });

  it('says when a file cannot be read or parsed', () => {
    expect(() => loadCorpus('/nonexistent/corpus.json')).toThrow(/cannot read/);
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect(() => loadCorpus(join(dir, 'broken.json'))).toThrow(/invalid JSON/);
  });
});

describe('scoring', () => {
  it('recalls a case when its kind is found at its minimum level or higher', () => {
    expect(scoreCase({ text: '', kind: 'suicide', min: 'concern' }, [{ kind: 'suicide', level: 'emergency' }])).toEqual(
      { found: 'emergency', recalled: true },
    );
    expect(scoreCase({ text: '', kind: 'suicide', min: 'emergency' }, [{ kind: 'suicide', level: 'concern' }])).toEqual(
      { found: 'concern', recalled: false },
    );
    expect(scoreCase({ text: '', kind: 'medical', min: 'concern' }, [{ kind: 'suicide', level: 'concern' }])).toEqual({
      found: undefined,
      recalled: false,
    });
  });

  it('counts a check-in as help shown on a crisis message and as a false alarm on a harmless one', () => {
    const evaluation = evaluate([parseCorpus(corpusJson, 'c.json')], fake);
    const rows = Object.fromEntries(breakdown(evaluation).map((r) => [r.label, r.stats]));
    expect(rows.all).toEqual({
      cases: 5,
      helped: 4,
      confident: 3,
      checkIns: 1,
      recalled: 2,
      kindRight: 4,
      benign: 3,
      alarms: 2,
      confidentAlarms: 1,
      checkInAlarms: 1,
    });
    expect(rows['lang es']).toMatchObject({ cases: 2, helped: 2, checkIns: 1, benign: 0 });
    expect(rows['kind self-harm']).toMatchObject({ cases: 1, helped: 0, alarms: 0 });
    expect(rows['kind suicide']).toMatchObject({ cases: 4, alarms: 1 });
    expect(rows['level emergency']).toMatchObject({ cases: 2, recalled: 1 });
    expect(rows['subject someone-else']).toMatchObject({ cases: 1, helped: 1 });
    expect(rows['kind medical']).toBeUndefined();
    expect(only(evaluation, 'other').cases).toEqual([]);
  });

  it('gives 95% Wilson intervals that hold the rate and stay within 0..1', () => {
    expect(wilson(0, 0)).toBeUndefined();
    const [low, high] = wilson(90, 100) ?? [0, 0];
    expect(low).toBeCloseTo(0.8256, 3);
    expect(high).toBeCloseTo(0.9448, 3);
    expect(wilson(10, 10)?.[1]).toBeCloseTo(1, 9);
    expect(wilson(0, 10)?.[0]).toBe(0);
  });
});

describe('report', () => {
  it('clips long texts to 120 characters and marks their size', () => {
    expect(clip('short\n text')).toBe('short text');
    const long = clip('x'.repeat(3000));
    expect(long.startsWith(`${'x'.repeat(119)}…`)).toBe(true);
    expect(long).toContain('[3000 chars]');
  });

  it('aligns the table and lists every miss and false alarm', () => {
    const evaluation = evaluate([parseCorpus(corpusJson, 'c.json')], fake);
    const table = statsTable(breakdown(evaluation));
    // Right-aligned figures: every line of the table ends in the same column.
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
    expect(table[2]).toMatch(
      /^all\s+5\s+80\.0% \[37\.6–96\.4\]\s+60\.0%\s+20\.0%\s+80\.0%\s+3\s+66\.7% \[20\.8–93\.9\]\s+1\/1$/,
    );
    const report = formatReport(evaluation, [{ title: 'c', rows: breakdown(evaluation) }]);
    expect(report).toContain('Misses (1)');
    expect(report).toMatch(/c\s+en\s+self-harm\/concern\s+got nothing\s+not found/);
    expect(report).toMatch(/c\s+en\s+suicide\/emergency\s+got suicide\/concern\s+found at concern/);
    expect(report).toContain('False alarms (2)');
    expect(report).toMatch(/en\.suicide\.test\s+noisy/);
    expect(report).toMatch(/check-in\s+unsure/);
  });
});

describe('eval:crisis CLI', () => {
  const cli = fileURLToPath(new URL('../../src/crisis/eval/cli.ts', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 180_000 });

  it('exits 0 with figures, whatever they are, and 1 when a file cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'tiny.json');
    writeFileSync(file, JSON.stringify({ en: { crisis: [{ text: 'hello', kind: 'suicide', min: 'concern' }] } }));
    const ok = run(file);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Misses (1)');
    const missing = run(join(dir, 'missing.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });
});
