// Formats an evaluation as aligned plain-text tables and lists of misses and false alarms.
import type { RiskAssessment } from '../types.js';
import { type BenignResult, type CaseResult, type Evaluation, type Row, ratio } from './score.js';

const textWidth = 120;

const percent = (part: number, whole: number): string => {
  const r = ratio(part, whole);
  return r === undefined ? '-' : `${(r * 100).toFixed(1)}%`;
};

/** One line of text for a list: whitespace collapsed, cut to 120 characters, long texts marked with their size. */
export function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= textWidth) return flat;
  return `${flat.slice(0, textWidth - 1)}… [${text.length} chars]`;
}

export const describeKinds = (kinds: RiskAssessment['kinds']): string =>
  kinds.length === 0 ? 'nothing' : kinds.map((k) => `${k.kind}/${k.level}`).join(', ');

/** Left-aligns the first column and right-aligns the rest. */
function table(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

export function statsTable(rows: readonly Row[]): string[] {
  return table(
    ['group', 'cases', 'recall', 'kind acc', 'level acc', 'benign', 'false alarms'],
    rows.map(({ label, stats: s }) => [
      label,
      String(s.cases),
      percent(s.recalled, s.cases),
      percent(s.kindFound, s.cases),
      percent(s.levelExact, s.cases),
      String(s.benign),
      s.benign === 0 ? '-' : `${percent(s.alarms, s.benign)} (${s.alarms})`,
    ]),
  );
}

/** Columns padded to the widest entry, the clipped text last. */
function listing(rows: readonly (readonly string[])[], texts: readonly string[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? [];
  return rows.map((r, n) => `  ${r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}  ${clip(texts[n]!)}`);
}

export function missList(misses: readonly CaseResult[]): string[] {
  return listing(
    misses.map((m) => [
      m.corpus,
      m.language,
      `${m.expected.kind}/${m.expected.min}`,
      `got ${describeKinds(m.detected)}`,
    ]),
    misses.map((m) => m.expected.text),
  );
}

export function alarmList(alarms: readonly BenignResult[]): string[] {
  return listing(
    alarms.map((a) => [a.corpus, a.language, a.rules.join(' ')]),
    alarms.map((a) => a.text),
  );
}

export const legend = [
  'recall: expected kind found at level >= min | kind acc: expected kind found at any level |',
  'level acc: expected kind found at exactly the expected level | false alarms: benign texts with any hit',
  '(kind and level rows: false alarms are benign texts where that kind fired / whose highest hit is that level)',
];

/** The whole report: a table per corpus and overall, then every miss, over-escalation and false alarm. */
export function formatReport(evaluation: Evaluation, sections: readonly { title: string; rows: Row[] }[]): string {
  const out: string[] = [...legend, ''];
  for (const { title, rows } of sections) out.push(title, ...statsTable(rows), '');
  const misses = evaluation.cases.filter((c) => !c.recalled);
  const above = evaluation.cases.filter((c) => c.recalled && c.found !== c.expected.min);
  const alarms = evaluation.benign.filter((b) => b.rules.length > 0);
  out.push(`Misses (${misses.length}): corpus, language, expected kind/min, what was detected, text`);
  out.push(...(misses.length ? missList(misses) : ['  none']), '');
  out.push(`Above the expected level (${above.length}): found, but at a higher level than the corpus expects`);
  out.push(...(above.length ? missList(above) : ['  none']), '');
  out.push(`False alarms (${alarms.length}): corpus, language, rules that fired, text`);
  out.push(...(alarms.length ? alarmList(alarms) : ['  none']));
  return out.join('\n');
}
