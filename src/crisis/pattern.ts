// Compiles the lexicon pattern language (see languages/lexicon-types.ts) into term-id sequences over a TermTable.
import type { TermTable } from './terms.js';

export type Alt = readonly number[];

export interface Element {
  type: 'word' | 'end' | 'not';
  alts: readonly Alt[];
  /** Term ids that can start one of the alternatives, for a quick reject. */
  starts: ReadonlySet<number>;
  gap: number;
  optional: boolean;
}

export interface Pattern {
  source: string;
  elements: readonly Element[];
}

type Sets = Readonly<Record<string, readonly string[]>>;

function parseAlts(text: string, table: TermTable, sets: Sets, source: string, depth = 0): Alt[] {
  if (depth > 4) throw new Error(`sets nested too deep in "${source}"`);
  const alts: Alt[] = [];
  for (const part of text.split('|')) {
    if (!part) throw new Error(`empty alternative in "${source}"`);
    if (part.startsWith('@')) {
      const entries = sets[part.slice(1)];
      if (!entries) throw new Error(`unknown set ${part} in "${source}"`);
      for (const entry of entries) alts.push(...parseAlts(entry, table, sets, source, depth + 1));
    } else {
      if (/[$!?]|\.\./.test(part)) throw new Error(`"${part}" inside alternatives in "${source}"`);
      alts.push(part.split('+').map((term) => table.intern(term)));
    }
  }
  return alts;
}

function element(type: Element['type'], alts: Alt[], gap: number, optional: boolean): Element {
  return { type, alts, starts: new Set(alts.map((a) => a[0]!)), gap, optional };
}

export function compilePattern(source: string, table: TermTable, sets: Sets): Pattern {
  const elements: Element[] = [];
  let gap = 0;
  for (const item of source.trim().split(/\s+/)) {
    const gapMatch = /^\.\.(\d+)$/.exec(item);
    if (gapMatch) {
      gap = Number(gapMatch[1]);
      continue;
    }
    if (item === '$') {
      elements.push(element('end', [], 0, false));
    } else if (item.startsWith('!')) {
      elements.push(element('not', parseAlts(item.slice(1), table, sets, source), 0, false));
    } else {
      const optional = item.endsWith('?');
      const body = optional ? item.slice(0, -1) : item;
      elements.push(element('word', parseAlts(body, table, sets, source), gap, optional));
    }
    gap = 0;
  }
  const first = elements[0];
  if (first?.type !== 'word' || first.optional) {
    throw new Error(`a pattern must start with a required word: "${source}"`);
  }
  return { source, elements };
}

/** Entries by the terms their pattern can start with, so a scan only tries patterns its current token can begin. */
export function indexByFirstTerm(entries: readonly { pattern: Pattern }[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  entries.forEach((entry, i) => {
    for (const id of entry.pattern.elements[0]?.starts ?? []) {
      const list = index.get(id);
      if (list) list.push(i);
      else index.set(id, [i]);
    }
  });
  return index;
}
