// Every step in its default order, the lookup of a field by id, and the field ids as a type.
import type { FieldDefinition, StepDefinition } from '../types.js';
import { aboutStep } from './about.js';
import { consentStep } from './consent.js';
import { contactStep } from './contact.js';
import { crisisStep } from './crisis.js';
import { goalsStep } from './goals.js';
import { historyStep } from './history.js';
import { measuresStep } from './measures.js';
import { preferencesStep } from './preferences.js';
import { reasonsStep } from './reasons.js';
import { reviewStep } from './review.js';
import { safetyStep } from './safety.js';
import { welcomeStep } from './welcome.js';

/** The intake in its default order (the crisis branch is not part of the order). */
export const intakeSteps = [
  welcomeStep,
  consentStep,
  aboutStep,
  reasonsStep,
  historyStep,
  measuresStep,
  goalsStep,
  preferencesStep,
  safetyStep,
  contactStep,
  reviewStep,
] as const satisfies readonly StepDefinition[];

export const allSteps = [...intakeSteps, crisisStep] as const satisfies readonly StepDefinition[];

/** Every field as its step declares it, with its literal id, step and codes. */
export type DeclaredField = (typeof allSteps)[number]['fields'][number];
export type FieldId = DeclaredField['id'];
export type IntakeStepId = (typeof intakeSteps)[number]['id'];
/** Fields of the intake's own steps (not the crisis branch's questions). */
export type IntakeFieldId = (typeof intakeSteps)[number]['fields'][number]['id'];
/** The declaration of one field (the measures declare theirs over a union of ids, so match by id, not by shape). */
export type FieldOf<F extends FieldId> = DeclaredField extends infer D
  ? D extends { id: infer Id }
    ? F extends Id
      ? D
      : never
    : never
  : never;

const fieldsById = new Map<string, FieldDefinition>(allSteps.flatMap((step) => step.fields.map((f) => [f.id, f])));

export function fieldById(id: string): FieldDefinition {
  const found = fieldsById.get(id);
  if (!found) throw new Error(`Unknown field: ${id}`);
  return found;
}

export function isFieldId(id: string): id is FieldId {
  return fieldsById.has(id);
}

export const allFields: readonly FieldDefinition[] = [...fieldsById.values()];
