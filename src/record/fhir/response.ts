// A record as a FHIR R4 QuestionnaireResponse to the intake's Questionnaire: what the person answered, and the totals.
import { fieldById, isFieldId } from '../../../dialogs/steps/index.js';
import type { FieldDefinition } from '../../../dialogs/types.js';
import type { RecordView } from '../record-view.js';
import { canonicalOf, choiceSystem, totalLinkIds } from './questionnaire.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseAnswer, ResponseItem } from './types.js';

/** The reference the person was given, as the response's business identifier. */
export const referenceSystem = 'urn:intake:reference';

type Value = string | number | boolean | readonly string[];

/** One key of a record section; the sections are keyed by field id (RECORD.md), so the key is a field id. */
function keyOf(section: object | undefined, key: string): unknown {
  return section === undefined ? undefined : (section as Record<string, unknown>)[key];
}

/** Whether the person answered the field (the record's booleans default to no when never asked). */
const wasAnswered = (view: RecordView, field: string) =>
  view.answers?.some((entry) => entry.field === field && entry.value !== null) ?? false;

/** Where the record keeps a field's answer; undefined when the view leaves that part out. */
function recordValue(view: RecordView, field: FieldDefinition): unknown {
  const id = field.id;
  switch (field.step) {
    case 'consent':
      return view.consent ? (view.consent.given ? 'yes' : 'no') : undefined;
    case 'about':
      return keyOf(view.client, id);
    case 'reasons':
      return id === 'reasons' ? view.reasons?.codes : view.reasons?.ownWords;
    case 'history':
      return keyOf(view.history, id);
    case 'measures':
      return view.measures?.phq?.items[id] ?? view.measures?.gad?.items[id];
    case 'goals':
      return id === 'goals' ? view.goals?.codes : view.goals?.ownWords;
    case 'preferences':
      return keyOf(view.preferences, id);
    case 'safety':
      return view.safety?.answers[id];
    case 'contact': {
      const value = keyOf(view.contact, id);
      // Voicemail and texts are "no" until the person says yes: a "no" is an answer only when it was given.
      if (typeof value === 'boolean') return value || wasAnswered(view, id) ? value : undefined;
      return value;
    }
    default:
      return undefined;
  }
}

function asValue(raw: unknown): Value | undefined {
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw) && raw.length > 0 && raw.every((v) => typeof v === 'string')) return raw as string[];
  return undefined;
}

/** The answers to one item, in the form its type takes. */
function answersTo(item: QuestionnaireItem, value: Value): ResponseAnswer[] {
  if (item.type === 'integer') return typeof value === 'number' ? [{ valueInteger: value }] : [];
  if (item.type === 'text' || item.type === 'string') return typeof value === 'string' ? [{ valueString: value }] : [];
  const codes = typeof value === 'boolean' ? [value ? 'yes' : 'no'] : Array.isArray(value) ? value : [String(value)];
  return codes.map((code): ResponseAnswer => {
    const offered = item.answerOption?.find((option) => option.valueCoding.code === code)?.valueCoding;
    if (offered) return { valueCoding: { ...offered } };
    // The person's own words where the question takes them; else a code no longer offered, kept as the code it is.
    return item.type === 'open-choice'
      ? { valueString: code }
      : { valueCoding: { system: choiceSystem(item.linkId), code } };
  });
}

/** The PHQ and GAD totals, under the linkId of the form that was asked (full or short). */
function totals(view: RecordView): Map<string, number> {
  const out = new Map<string, number>();
  const { phq, gad } = view.measures ?? {};
  if (phq) out.set(phq.form === 'phq-9' ? totalLinkIds.phq9 : totalLinkIds.phq2, phq.total);
  if (gad) out.set(gad.form === 'gad-7' ? totalLinkIds.gad7 : totalLinkIds.gad2, gad.total);
  return out;
}

function responseItems(items: readonly QuestionnaireItem[], view: RecordView, scores: Map<string, number>) {
  return items.flatMap((item): ResponseItem[] => {
    const text = item.text === undefined ? {} : { text: item.text };
    if (item.type === 'group') {
      const children = responseItems(item.item ?? [], view, scores);
      return children.length > 0 ? [{ linkId: item.linkId, ...text, item: children }] : [];
    }
    if (item.type === 'display') return [];
    const total = scores.get(item.linkId);
    const value = total ?? (isFieldId(item.linkId) ? asValue(recordValue(view, fieldById(item.linkId))) : undefined);
    if (value === undefined) return [];
    const answer = answersTo(item, value);
    return answer.length > 0 ? [{ linkId: item.linkId, ...text, answer }] : [];
  });
}

/** Sent, and changed after an answer was first given: FHIR's `amended`. Left before sending: `stopped`. */
function statusOf(view: RecordView): QuestionnaireResponse['status'] {
  if (view.status === 'submitted') return view.answers?.some((a) => a.amended) ? 'amended' : 'completed';
  if (view.status === 'in-progress') return 'in-progress';
  return 'stopped';
}

/**
 * The record as a response to the questionnaire: only its questions (never the crisis branch's, never detector
 * events or what was typed in a crisis), and only what the view holds, so a role's view exports no more than it shows.
 */
export function questionnaireResponse(view: RecordView, questionnaire: Questionnaire): QuestionnaireResponse {
  const item = responseItems(questionnaire.item, view, totals(view));
  return {
    resourceType: 'QuestionnaireResponse',
    id: view.id,
    identifier: { system: referenceSystem, value: view.reference },
    questionnaire: canonicalOf(questionnaire),
    status: statusOf(view),
    authored: view.updatedAt,
    ...(item.length > 0 ? { item } : {}),
  };
}
