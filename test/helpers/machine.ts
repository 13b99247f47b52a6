// Test helpers for walking the statechart directly: sample events for any state, and a seeded random source.
import { initialTransition, transition } from 'xstate';
import { choicesFor } from '../../dialogs/choices.js';
import type { RiskSignal } from '../../dialogs/crisis-policy.js';
import type { IntakeEvent } from '../../dialogs/intake-context.js';
import { hasWayToContact } from '../../dialogs/routing.js';
import { fieldById } from '../../dialogs/steps/index.js';
import type { AnswerValue } from '../../dialogs/types.js';
import { currentPrompt, type IntakeSnapshot } from '../../src/conversation/machine-state.js';
import { defaultRuntime } from './conversation.js';

export const runtime = defaultRuntime;
export const machine = runtime.machine;
export const at = '2026-11-28T10:00:00.000Z';

export const start = (locale = 'en-US') =>
  initialTransition(machine, { recordId: 'r-1', reference: 'TST-123', channel: 'test', locale, at })[0];

export const send = (snapshot: IntakeSnapshot, event: IntakeEvent) => transition(machine, snapshot, event)[0];

export function risk(snapshot: IntakeSnapshot, ...signals: RiskSignal[]): IntakeEvent {
  const meta = currentPrompt(snapshot);
  return {
    type: 'risk.detected',
    signals,
    rules: ['test.rule'],
    minor: false,
    source: 'detector',
    step: meta.step ?? 'welcome',
    field: meta.field ?? null,
    at,
  };
}

const sampleText: Record<string, AnswerValue> = { email: 'alex@example.com', phone: '+16175550142' };

/** Every valid single answer to the current question (each choice; a sample for free text), plus skip and a miss. */
export function sampleEvents(snapshot: IntakeSnapshot): IntakeEvent[] {
  const meta = currentPrompt(snapshot);
  if (!meta.field) return [{ type: 'user.message', at }];
  const field = fieldById(meta.field);
  const codes = choicesFor(field, snapshot.context, runtime.options);
  let values: AnswerValue[];
  if (field.input === 'scale') values = [0, 1, 2, 3];
  else if (field.input === 'multiChoice') values = codes.map((code) => [code]);
  else if (codes.length > 0) values = [...codes];
  else values = [sampleText[field.input] ?? sampleText[field.id] ?? 'Sample answer'];
  if (field.acceptsOwnWords) values.push('Somewhere else');
  return [
    ...values.map((value): IntakeEvent => ({ type: 'user.answer', field: field.id, value, at })),
    { type: 'user.skip', field: field.id, at },
    { type: 'user.invalid', field: field.id, reason: 'no-match', at },
  ];
}

export const isSubmitted = (snapshot: IntakeSnapshot) => snapshot.context.status === 'submitted';
export const hasContact = (snapshot: IntakeSnapshot) => hasWayToContact(snapshot.context.answers);
export const triageRank = (snapshot: IntakeSnapshot) =>
  ['none', 'concern', 'urgent', 'emergency'].indexOf(snapshot.context.triage.level);

/** A small seeded PRNG (mulberry32) so random walks are repeatable. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
