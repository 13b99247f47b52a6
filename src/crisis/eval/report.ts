// Formats an evaluation as aligned plain-text tables (with 95% intervals) and lists of misses and false alarms.
import type { RiskAssessment } from '../types.js';
import { type BenignResult, type CaseResult, type Evaluation, type Row, ratio, wilson } from './score.js';

const textWidth = 120;

const percent = (part: number, whole: number): string => {
  const r = ratio(part, whole);
  return r === undefined ? '-' : `${(r * 100).toFixed(1)}%`;
};

/** A rate with its 95% interval: `91.2% [87.0–94.1]`. */
const withInterval = (part: number, whole: number): string => {
  const interval = wilson(part, whole);
  if (!interval) return '-';
  const [low, high] = interval.map((v) => (v * 100).toFixed(1));
  return `${percent(part, whole)} [${low}–${high}]`;
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
    [
      'group',
      'cases',
      'help shown [95% CI]',
      'confident',
      'check-in',
      'kind right',
      'benign',
      'false alarms [95% CI]',
      'conf/check',
    ],
    rows.map(({ label, stats: s }) => [
      label,
      String(s.cases),
      withInterval(s.helped, s.cases),
      percent(s.confident, s.cases),
      percent(s.checkIns, s.cases),
      percent(s.kindRight, s.cases),
      String(s.benign),
      s.benign === 0 ? '-' : withInterval(s.alarms, s.benign),
      s.benign === 0 ? '-' : `${s.confidentAlarms}/${s.checkInAlarms}`,
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
      `${m.expected.kind}/${m.expected.min}${m.expected.subject === 'someone-else' ? '/other' : ''}`,
      m.checkedIn ? 'check-in' : `got ${describeKinds(m.detected)}`,
    ]),
    misses.map((m) => m.expected.text),
  );
}

export function alarmList(alarms: readonly BenignResult[]): string[] {
  return listing(
    alarms.map((a) => [a.corpus, a.language, a.checkedIn ? 'check-in' : a.rules.join(' ')]),
    alarms.map((a) => a.text),
  );
}

export const legend = [
  'help shown: a confident hit (any kind) or a check-in | confident / check-in: each alone | kind right: the',
  'expected kind found (or guessed by the check-in) | false alarms: harmless texts with a hit or a check-in',
  '(conf/check: how many of each) | [95% CI]: Wilson interval | kind rows: false alarms where that kind fired',
];

export interface Section {
  title: string;
  rows: Row[];
}

/** The whole report: tables per section, then every miss, every case found below its level, every false alarm. */
export function formatReport(evaluation: Evaluation, sections: readonly Section[]): string {
  const out: string[] = [...legend, ''];
  for (const { title, rows } of sections) out.push(title, ...statsTable(rows), '');
  const misses = evaluation.cases.filter((c) => !c.confident && !c.checkedIn);
  const low = evaluation.cases.filter((c) => c.confident && !c.recalled);
  const alarms = evaluation.benign.filter((b) => b.confident || b.checkedIn);
  out.push(`Misses (${misses.length}): corpus, language, expected kind/min, what was detected, text`);
  out.push(...(misses.length ? missList(misses) : ['  none']), '');
  out.push(`Help shown, but not the expected kind at its level (${low.length})`);
  out.push(...(low.length ? missList(low) : ['  none']), '');
  out.push(`False alarms (${alarms.length}): corpus, language, rules that fired (or check-in), text`);
  out.push(...(alarms.length ? alarmList(alarms) : ['  none']));
  return out.join('\n');
}
