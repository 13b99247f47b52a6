// Every string in every language: a key missing in a language, or present but never used, fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesFor } from '../../dialogs/choices.js';
import { riskKinds, riskLevels, riskSubjects, triageLevels } from '../../dialogs/crisis-policy.js';
import { checkInAnswers, riskSources } from '../../dialogs/intake-context.js';
import { allFields, intakeSteps } from '../../dialogs/steps/index.js';
import { editableSections } from '../../dialogs/steps/review.js';
import { stepIds } from '../../dialogs/types.js';
import { choiceTitleKey } from '../../src/conversation/choices.js';
import { namespaces, readLocaleFile, supportedLanguages } from '../../src/i18n/index.js';
import { recordStatuses } from '../../src/review/http/filters.js';
import { reviewStates, staffRoles } from '../../src/store/review-types.js';
import { defaultRuntime } from '../helpers/conversation.js';
import { start } from '../helpers/machine.js';

const root = new URL('../../', import.meta.url).pathname;

function flatten(object: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object')
      for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

const keysOf = (language: string) =>
  new Map<string, string>(
    namespaces.flatMap((ns) => [...flatten(readLocaleFile(language, ns))].map(([k, v]) => [`${ns}:${k}`, v] as const)),
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Keys written literally in the code: `'intake:…'`, `'crisis:…'`, and the machine's `say('notices.…')`. */
function literalKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'dialogs'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'((?:intake|crisis|widget|review):[A-Za-z0-9_.-]+)'/g)) keys.add(m[1] ?? '');
    for (const m of text.matchAll(/say\('((?:notices|crisis)\.[A-Za-z0-9_.-]+)'\)/g)) {
      const key = m[1] ?? '';
      keys.add(key.startsWith('crisis.') ? `crisis:${key.slice(7)}` : `intake:${key}`);
    }
  }
  return keys;
}

/** Keys the code builds from data: every field's prompt and label, every choice title, every step, every flow. */
function builtKeys(): Set<string> {
  const keys = new Set<string>();
  const context = start().context;
  for (const step of stepIds) keys.add(`intake:steps.${step}`);
  for (const field of allFields) {
    keys.add(`intake:fields.${field.id}.prompt`);
    keys.add(`intake:fields.${field.id}.label`);
    const codes =
      field.dynamicChoices === 'reviewActions' || !field.dynamicChoices
        ? choicesFor(field, context, defaultRuntime.options)
        : [];
    for (const code of codes) {
      const key = choiceTitleKey(field, code);
      if (key) keys.add(key);
    }
  }
  // The review's second-person label of every answer it shows (the measures show a count instead).
  for (const step of intakeSteps) {
    if (!(editableSections as readonly string[]).includes(step.id) || step.id === 'measures') continue;
    for (const field of step.fields) keys.add(`intake:review.labels.${field.id}`);
  }
  for (const code of ['US', 'CA', 'GB', 'AU', 'ES', 'MX', 'other']) keys.add(`intake:choices.country.${code}`);
  for (const code of ['email', 'phone', 'text']) keys.add(`intake:fields.contactMethods.choices.${code}`);
  for (const flow of ['suicide-concern', 'suicide-emergency', 'unsafe-at-home', 'harm-to-others', 'someone-else'])
    keys.add(`crisis:intro.${flow}`);
  for (const flow of ['unsafe-at-home', 'harm-to-others', 'someone-else']) {
    keys.add(`crisis:intro.${flow}-emergency`);
  }
  for (const flow of ['harm-to-others', 'someone-else']) keys.add(`crisis:repeat.${flow}`);
  for (const reason of [
    'no-match',
    'ambiguous',
    'not-optional',
    'empty',
    'email-format',
    'phone-format',
    'phone-invalid',
    'phone-needs-country-code',
    'none-of-these',
  ]) {
    keys.add(`intake:reprompts.${reason}`);
  }
  // The dashboard's words for the record's codes, and its states.
  const review: Record<string, readonly string[]> = {
    triage: triageLevels,
    status: recordStatuses,
    reviewStates,
    roles: staffRoles,
    kinds: riskKinds,
    levels: riskLevels,
    subjects: riskSubjects,
    sources: riskSources,
    statements: ['safe-now', 'safe-to-chat', 'denial'],
    checkInAnswers,
    screenResults: ['negative', 'non-acute', 'acute'],
    instruments: ['asq', 'c-ssrs-screener'],
    severity: ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'],
    done: ['acknowledged', 'review', 'note'],
    languages: supportedLanguages,
    signIn: ['invalid', 'disabled'],
  };
  for (const [group, codes] of Object.entries(review)) for (const code of codes) keys.add(`review:${group}.${code}`);
  return keys;
}

/** i18next plurals: `key_one` and `key_other` in the files are the one key `key` in the code. */
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** Choice titles for data the practice may configure (therapist languages) are all in use. */
const isConfigurableData = (key: string) => key.startsWith('intake:choices.language.');

describe('locales', () => {
  const english: Map<string, string> = keysOf('en');

  it.each(supportedLanguages.filter((l) => l !== 'en'))('%s has exactly the keys English has', (language) => {
    const other = keysOf(language);
    expect(
      [...english.keys()].filter((k) => !other.has(k)),
      'missing',
    ).toEqual([]);
    expect(
      [...other.keys()].filter((k) => !english.has(k)),
      'extra',
    ).toEqual([]);
  });

  it.each(supportedLanguages.filter((l) => l !== 'en'))('%s uses the same placeholders as English', (language) => {
    const other = keysOf(language);
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('has every key the code uses, in every language', () => {
    const used = new Set([...literalKeys(), ...builtKeys()]);
    for (const language of supportedLanguages) {
      const present = new Set([...keysOf(language).keys()].map(pluralBase));
      expect(
        [...used].filter((k) => !present.has(k)),
        language,
      ).toEqual([]);
    }
  });

  it('has no key the code never uses', () => {
    const used = new Set([...literalKeys(), ...builtKeys()]);
    expect([...english.keys()].filter((k) => !used.has(pluralBase(k)) && !isConfigurableData(k))).toEqual([]);
  });

  it('has no choice title with a comma (a typed list is split on commas)', () => {
    for (const language of supportedLanguages) {
      for (const [key, text] of keysOf(language)) {
        if (/\.choices\./.test(key)) expect(text, `${language} ${key}`).not.toContain(',');
      }
    }
  });
});
