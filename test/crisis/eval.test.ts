// The evaluation tool: corpus checks, scoring rules, breakdowns, the report and the CLI's exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpus } from '../../src/crisis/eval/corpus.js';
import { clip, formatReport, statsTable } from '../../src/crisis/eval/report.js';
import { breakdown, type Detect, evaluate, only, scoreCase } from '../../src/crisis/eval/score.js';
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
    benign: ['quiet', 'noisy'],
  },
  es: { crisis: [{ text: 'found at concern', kind: 'suicide', min: 'concern' }] },
};

/** A stand-in detector, so these tests do not depend on the lexicons. */
const fake: Detect = (text) => {
  const level = text.includes('emergency') ? 'emergency' : 'concern';
  const fires = text.startsWith('found') || text === 'noisy';
  const result: RiskAssessment = { hits: [], kinds: [], minor: false, denial: false };
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

  it('breaks figures down per language, kind and level', () => {
    const evaluation = evaluate([parseCorpus(corpusJson, 'c.json')], fake);
    const rows = Object.fromEntries(breakdown(evaluation).map((r) => [r.label, r.stats]));
    expect(rows.all).toEqual({ cases: 4, recalled: 2, kindFound: 3, levelExact: 2, benign: 2, alarms: 1 });
    expect(rows['lang es']).toMatchObject({ cases: 1, recalled: 1, benign: 0 });
    expect(rows['kind self-harm']).toMatchObject({ cases: 1, recalled: 0, alarms: 0 });
    expect(rows['kind suicide']).toMatchObject({ cases: 3, alarms: 1 });
    expect(rows['level emergency']).toMatchObject({ cases: 2, recalled: 1 });
    expect(rows['kind medical']).toBeUndefined();
    expect(only(evaluation, 'other').cases).toEqual([]);
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
    expect(table[2]).toMatch(/^all\s+4\s+50\.0%\s+75\.0%\s+50\.0%\s+2\s+50\.0% \(1\)$/);
    const report = formatReport(evaluation, [{ title: 'c', rows: breakdown(evaluation) }]);
    expect(report).toContain('Misses (2)');
    expect(report).toMatch(/c\s+en\s+self-harm\/concern\s+got nothing\s+not found/);
    expect(report).toMatch(/c\s+en\s+suicide\/emergency\s+got suicide\/concern\s+found at concern/);
    expect(report).toContain('False alarms (1)');
    expect(report).toMatch(/en\.suicide\.test\s+noisy/);
  });
});

describe('eval:crisis CLI', () => {
  const cli = fileURLToPath(new URL('../../src/crisis/eval/cli.ts', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000 });

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
