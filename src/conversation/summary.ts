// The review's summary: every answer so far, in the person's language, section by section.
import type { IntakeContext } from '../../dialogs/intake-context.js';
import { scoreGad, scorePhq } from '../../dialogs/screening/instruments.js';
import { intakeSteps } from '../../dialogs/steps/index.js';
import { editableSections } from '../../dialogs/steps/review.js';
import type { AnswerValue, FieldDefinition } from '../../dialogs/types.js';
import type { Translate } from '../i18n/index.js';
import { choicesMeta } from './choices.js';
import type { SummaryLine } from './prompt-model.js';
import type { ConversationRuntime } from './runtime.js';

function formatAnswer(
  field: FieldDefinition,
  value: AnswerValue,
  context: IntakeContext,
  runtime: ConversationRuntime,
) {
  if (field.input === 'text' || field.input === 'email' || field.input === 'phone') return String(value);
  const titles = new Map(choicesMeta(field, context, runtime).map((c) => [c.value, c.title]));
  const codes = Array.isArray(value) ? value : [String(value)];
  return codes.map((code) => titles.get(code) ?? code).join(', ');
}

function measureLines(context: IntakeContext, t: Translate): SummaryLine[] {
  const section = t('intake:steps.measures');
  const scores = [scorePhq(context.answers), scoreGad(context.answers)].filter((s) => s !== undefined);
  return scores.map((score) => ({
    section,
    label: score.form.toUpperCase(),
    value: t('intake:review.score', {
      total: score.total,
      max: score.form.endsWith('2') ? 6 : score.form === 'phq-9' ? 27 : 21,
    }),
  }));
}

export function reviewSummary(context: IntakeContext, runtime: ConversationRuntime, t: Translate): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const sectionId of editableSections) {
    if (sectionId === 'measures') {
      lines.push(...measureLines(context, t));
      continue;
    }
    const step = intakeSteps.find((s) => s.id === sectionId);
    for (const field of step?.fields ?? []) {
      const value = context.answers[field.id];
      if (value === undefined) continue;
      lines.push({
        section: t(`intake:steps.${sectionId}`),
        label: t(`intake:fields.${field.id}.label`),
        value: formatAnswer(field, value, context, runtime),
      });
    }
  }
  return lines;
}

export const summaryText = (lines: readonly SummaryLine[], t: Translate) =>
  [t('intake:review.heading'), ...lines.map((l) => `• ${l.label}: ${l.value}`)].join('\n');
