// Step `review`: the summary, with submit or edit-<section>; editing a section returns here.
import { field } from '../field-schemas.js';
import type { StepDefinition, StepId } from '../types.js';

/** Sections a person may edit from the review, in the order they were asked. */
export const editableSections = [
  'about',
  'reasons',
  'history',
  'measures',
  'goals',
  'preferences',
  'contact',
] as const satisfies readonly StepId[];
export type EditableSection = (typeof editableSections)[number];
/** What the review offers: submit, or go back to edit one section. */
export type ReviewAction = 'submit' | `edit-${EditableSection}`;

export const reviewStep = {
  id: 'review',
  fields: [field.dynamicChoice('review', 'review', 'reviewActions')],
} as const satisfies StepDefinition;
