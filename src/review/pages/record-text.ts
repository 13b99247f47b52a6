// A record's codes as the reader's words: field labels and choice titles from the intake's own locale files, so the
// dashboard says exactly what the person was offered. Unknown codes (an older chart) show as the code itself.

import { choiceTitleKey } from '../../../dialogs/choice-titles.js';
import { fieldById, isFieldId } from '../../../dialogs/steps/index.js';
import type { FieldDefinition } from '../../../dialogs/types.js';
import type { Translate } from '../../i18n/index.js';

const definition = (fieldId: string): FieldDefinition | undefined =>
  isFieldId(fieldId) ? fieldById(fieldId) : undefined;

export const fieldLabel = (t: Translate, fieldId: string): string =>
  t(`intake:fields.${fieldId}.label`, { defaultValue: fieldId });

export function choiceTitle(t: Translate, fieldId: string, code: string): string {
  const field = definition(fieldId);
  const key = field ? choiceTitleKey(field, code) : undefined;
  return key ? t(key, { defaultValue: code }) : code;
}

export const choiceTitles = (t: Translate, fieldId: string, codes: readonly string[] | undefined): string =>
  codes && codes.length > 0 ? codes.map((code) => choiceTitle(t, fieldId, code)).join(', ') : '—';

/** One answer from the history: typed text as typed, choices as their titles, a cleared answer as a dash. */
export function answerText(t: Translate, fieldId: string, value: string | number | string[] | null): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return choiceTitles(t, fieldId, value);
  const field = definition(fieldId);
  if (!field || field.input === 'text' || field.input === 'email' || field.input === 'phone') return String(value);
  return choiceTitle(t, fieldId, String(value));
}

export const yesNo = (t: Translate, value: boolean | undefined): string =>
  value === undefined ? '—' : value ? t('review:record.yes') : t('review:record.no');
