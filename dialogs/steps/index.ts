// Every step in its default order, and the lookup of a field by id.
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
export const intakeSteps: readonly StepDefinition[] = [
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
];

export const allSteps: readonly StepDefinition[] = [...intakeSteps, crisisStep];

const fieldsById = new Map<string, FieldDefinition>(allSteps.flatMap((step) => step.fields.map((f) => [f.id, f])));

export function fieldById(id: string): FieldDefinition {
  const found = fieldsById.get(id);
  if (!found) throw new Error(`Unknown field: ${id}`);
  return found;
}

export function isFieldId(id: string): boolean {
  return fieldsById.has(id);
}

export const allFields: readonly FieldDefinition[] = [...fieldsById.values()];
