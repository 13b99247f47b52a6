// The steps say when each field is asked; random walks through the statechart check that it asks exactly then.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { isAsked } from '../../dialogs/asked-when.js';
import { codesOffered } from '../../dialogs/choices.js';
import type { IntakeEvent } from '../../dialogs/intake-context.js';
import { allFields, fieldById, isFieldId } from '../../dialogs/steps/index.js';
import type { AskedWhen } from '../../dialogs/types.js';
import { currentPrompt, type IntakeSnapshot, isIn } from '../../src/conversation/machine-state.js';
import type { ConversationRuntime } from '../../src/conversation/runtime.js';
import { defaultRuntime, runtimeWith } from '../helpers/conversation.js';
import { at, sampleEvents, seeded } from '../helpers/machine.js';

/** The fields a condition reads, with the codes it compares them against. */
function referenced(condition: AskedWhen): { field: string; code?: string }[] {
  if ('anyOf' in condition) return condition.anyOf.map(({ field, is }) => ({ field, code: is }));
  if ('answered' in condition) return [{ field: condition.answered }];
  if ('regionsFor' in condition) return [{ field: condition.regionsFor }];
  return condition.scoreOf.map((field) => ({ field }));
}

/**
 * Walks the chart at random (answers, skips, misses, and now and then `back`), and for every question of the intake
 * it asks (the crisis branch asks on its own terms), checks that the field's declared condition holds.
 */
function walk(runtime: ConversationRuntime, seed: number, walks: number): { asked: Set<string>; checked: number } {
  const random = seeded(seed);
  const asked = new Set<string>();
  let checked = 0;
  for (let w = 0; w < walks; w++) {
    let snapshot: IntakeSnapshot = initialTransition(runtime.machine, {
      recordId: 'r-1',
      reference: 'TST-123',
      channel: 'test',
      locale: 'en-US',
      at,
    })[0];
    for (let turn = 0; turn < 150 && snapshot.status !== 'done'; turn++) {
      const field = currentPrompt(snapshot).field;
      if (field && !isIn(snapshot, 'crisis')) {
        asked.add(field);
        checked++;
        expect(isAsked(fieldById(field), snapshot.context.answers, runtime.options), field).toBe(true);
      }
      const events = sampleEvents(snapshot);
      const answers = events.filter((e) => e.type === 'user.answer');
      const roll = random();
      let event: IntakeEvent | undefined;
      if (roll < 0.05) event = { type: 'user.back', at };
      else if (roll < 0.12) event = events.find((e) => e.type === 'user.skip');
      else if (roll < 0.15) event = events.find((e) => e.type === 'user.invalid');
      event ??= answers[Math.floor(random() * answers.length)] ?? events[0];
      if (!event) break;
      snapshot = transition(runtime.machine, snapshot, event)[0];
    }
  }
  return { asked, checked };
}

describe('when a field is asked', () => {
  it('names only fields that exist, and codes those fields offer', () => {
    for (const field of allFields) {
      if (!field.askedWhen) continue;
      for (const { field: target, code } of referenced(field.askedWhen)) {
        expect(isFieldId(target), `${field.id} depends on ${target}`).toBe(true);
        if (code !== undefined) expect(codesOffered(fieldById(target), defaultRuntime.options)).toContain(code);
      }
    }
  });

  it('holds whenever the statechart asks the field (the ASQ practice)', () => {
    const { asked, checked } = walk(defaultRuntime, 11, 150);
    expect(checked).toBeGreaterThan(3000);
    // The walks reach the conditional questions, so the check above is not vacuous.
    for (const field of ['region', 'insuranceCarrier', 'phq3', 'gad7', 'asq4Details', 'asq5', 'voicemailOk']) {
      expect(asked, field).toContain(field);
    }
  });

  it('holds whenever the statechart asks the field (the C-SSRS screener)', () => {
    const { asked } = walk(runtimeWith({ screeningInstrument: 'c-ssrs-screener' }), 12, 80);
    for (const field of ['cssrs3', 'cssrs5', 'cssrs6Recent']) expect(asked, field).toContain(field);
  });
});
