// The review as the person reads it: their answers once, in the second person, section by section, each section with
// its one "Change" choice. No scores or instrument names: those are for the clinicians' record, not for the client.
import type { IntakeContext } from '../../dialogs/intake-context.js';
import { intakeSteps } from '../../dialogs/steps/index.js';
import { editableSections } from '../../dialogs/steps/review.js';
import type { AnswerValue, FieldDefinition } from '../../dialogs/types.js';
import type { Translate } from '../i18n/index.js';
import { choicesMeta } from './choices.js';
import type { ChoiceMeta, ReviewSection, SummaryLine } from './prompt-model.js';
import type { ConversationRuntime } from './runtime.js';

const ownWordsInputs = new Set(['text', 'email', 'phone']);

function formatAnswer(
  field: FieldDefinition,
  value: AnswerValue,
  context: IntakeContext,
  runtime: ConversationRuntime,
): string {
  if (ownWordsInputs.has(field.input)) return String(value);
  const titles = new Map(choicesMeta(field, context, runtime).map((c) => [c.value, c.title]));
  const codes = Array.isArray(value) ? value : [String(value)];
  return codes.map((code) => titles.get(code) ?? code).join(', ');
}

/** The measures as the person lived them: how many questions they answered, never a score. */
function measuresLines(context: IntakeContext, t: Translate): SummaryLine[] {
  const step = intakeSteps.find((s) => s.id === 'measures');
  const count = (step?.fields ?? []).filter((f) => context.answers[f.id] !== undefined).length;
  return count === 0
    ? []
    : [{ label: t('intake:review.measuresLabel'), value: t('intake:review.measuresAnswered', { count }) }];
}

function sectionLines(
  sectionId: string,
  context: IntakeContext,
  runtime: ConversationRuntime,
  t: Translate,
): SummaryLine[] {
  if (sectionId === 'measures') return measuresLines(context, t);
  const step = intakeSteps.find((s) => s.id === sectionId);
  const lines: SummaryLine[] = [];
  for (const field of (step?.fields ?? []) as readonly FieldDefinition[]) {
    const value = context.answers[field.id];
    if (value === undefined) continue;
    lines.push({
      label: t(`intake:review.labels.${field.id}`),
      value: formatAnswer(field, value, context, runtime),
    });
  }
  return lines;
}

/** One part per section the review offers to change (the review's own choices say which), in the order asked. */
export function reviewSummary(
  context: IntakeContext,
  runtime: ConversationRuntime,
  t: Translate,
  choices: readonly ChoiceMeta[],
): ReviewSection[] {
  const byValue = new Map(choices.map((c) => [c.value, c]));
  return editableSections.flatMap((sectionId) => {
    const change = byValue.get(`edit-${sectionId}`);
    if (!change) return [];
    return [
      {
        title: t(`intake:steps.${sectionId}`),
        change,
        lines: sectionLines(sectionId, context, runtime, t),
      },
    ];
  });
}

/** The review in plain text (terminal, or any channel without cards): one block per section. */
export function summaryText(sections: readonly ReviewSection[], t: Translate): string {
  return sections
    .map((section) => {
      const lines = section.lines.length
        ? section.lines.map((l) => `• ${l.label}: ${l.value}`)
        : [`• ${t('intake:review.nothingHere')}`];
      return [section.title, ...lines].join('\n');
    })
    .join('\n\n');
}
