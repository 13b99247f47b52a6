// Generated paths over the statechart (xstate/graph): crisis from everywhere and back, submission, and invariants.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { RiskSignal } from '../../dialogs/crisis-policy.js';
import type { IntakeEvent } from '../../dialogs/intake-context.js';
import { currentPrompt, type IntakeSnapshot, isIn } from '../../src/conversation/machine-state.js';
import {
  at,
  hasContact,
  isSubmitted,
  machine,
  risk,
  sampleEvents,
  seeded,
  send,
  start,
  triageRank,
} from '../helpers/machine.js';

/** Scores so far, capped at the short forms' cut-off: what the measures route on. */
const shortForm = (s: IntakeSnapshot, a: string, b: string) =>
  Math.min(3, Number(s.context.answers[a] ?? 0) + Number(s.context.answers[b] ?? 0));

/** A state is its value plus the context facts the chart routes on. */
const serialize = (s: IntakeSnapshot) =>
  JSON.stringify([
    s.value,
    shortForm(s, 'phq1', 'phq2'),
    shortForm(s, 'gad1', 'gad2'),
    Number(s.context.answers.phq9 ?? 0) > 0,
    s.context.status,
    s.context.editing,
    s.context.earlySafety,
    s.context.crisis?.flow ?? null,
    hasContact(s),
  ]);

/** A coarser key for searches that only need one way through. */
const coarse = (s: IntakeSnapshot) =>
  JSON.stringify([
    s.value,
    s.context.status,
    s.context.editing,
    s.context.earlySafety,
    s.context.answers.asq5 !== undefined,
    s.context.consent?.given ?? null,
    hasContact(s),
  ]);

/** Every waiting state reachable by answering, skipping and missing (the intake's own paths, no crisis). */
const paths = getShortestPaths(machine, {
  fromState: start(),
  events: (s: IntakeSnapshot) => sampleEvents(s),
  serializeState: serialize,
  stopWhen: (s: IntakeSnapshot) => s.status === 'done',
  limit: 20_000,
});
const waiting = paths.map((p) => p.state).filter((s) => s.hasTag('awaitingInput'));
const questions = waiting.filter((s) => currentPrompt(s).field && !isIn(s, 'crisis'));

/** Answers the crisis branch's questions (safe, screen negative, carry on) until the intake resumes. */
function throughCrisis(snapshot: IntakeSnapshot): IntakeSnapshot {
  let s = snapshot;
  for (let i = 0; i < 20 && isIn(s, 'crisis'); i++) {
    const field = currentPrompt(s).field;
    if (!field) throw new Error('crisis state without a question');
    const value =
      field === 'continueIntake' ? 'continue' : field.startsWith('asq') && field !== 'asq4Details' ? 'no' : 'yes';
    s = send(s, field === 'asq4Details' ? { type: 'user.skip', field, at } : { type: 'user.answer', field, value, at });
  }
  return s;
}

const flows: [string, RiskSignal][] = [
  ['suicide (emergency)', { kind: 'suicide', level: 'emergency' }],
  ['medical', { kind: 'medical', level: 'emergency' }],
  ['unsafe at home', { kind: 'unsafe-at-home', level: 'concern' }],
  ['harm to others', { kind: 'harm-to-others', level: 'emergency' }],
  ['self-harm (concern)', { kind: 'self-harm', level: 'concern' }],
];

describe('the statechart, walked by generated paths', () => {
  it('finds every question of the intake', () => {
    const fields = new Set(questions.map((s) => currentPrompt(s).field));
    for (const f of [
      'start',
      'consent',
      'whoFor',
      'region',
      'phq9',
      'gad7',
      'insuranceCarrier',
      'asq4Details',
      'asq5',
    ]) {
      expect(fields).toContain(f);
    }
    for (const f of ['voicemailOk', 'textOk', 'bestTimes', 'review']) expect(fields).toContain(f);
    expect(questions.length).toBeGreaterThan(60);
  });

  it.each(flows)(
    'reaches the crisis branch (%s) from every question and returns to the same step and field',
    (_, signal) => {
      for (const question of questions) {
        const before = currentPrompt(question);
        const inCrisis = send(question, risk(question, signal));
        // Concern-level suicidal language while answering the suicide screen is recorded, and the screen goes on.
        if (before.step === 'safety' && signal.level === 'concern' && signal.kind === 'self-harm') {
          expect(inCrisis.value).toEqual(question.value);
          expect(inCrisis.context.crisisEvents.length).toBe(question.context.crisisEvents.length + 1);
          continue;
        }
        expect(isIn(inCrisis, 'crisis'), `${before.step}.${before.field}`).toBe(true);
        const back = throughCrisis(inCrisis);
        expect({ step: currentPrompt(back).step, field: currentPrompt(back).field }).toEqual({
          step: before.step,
          field: before.field,
        });
      }
    },
  );

  it('reaches the crisis branch from the ended states and comes back to them', () => {
    const ended = waiting.filter((s) => !currentPrompt(s).field);
    expect(ended.map((s) => JSON.stringify(s.value))).toEqual(
      expect.arrayContaining(['"paused"', '{"intake":"declined"}', '{"intake":"submitted"}']),
    );
    for (const state of ended) {
      const back = throughCrisis(send(state, risk(state, { kind: 'suicide', level: 'emergency' })));
      if (isIn(state, 'paused')) expect(currentPrompt(back).field).toBeDefined();
      else expect(back.value).toEqual(state.value);
    }
  });

  it('can reach submitted from every question of the intake', () => {
    const distinct = [...new Map(questions.map((q) => [coarse(q), q])).values()];
    for (const question of distinct) {
      if (question.context.status === 'declined') continue;
      const toSubmitted = getShortestPaths(machine, {
        fromState: question,
        events: (s: IntakeSnapshot) => sampleEvents(s).filter((e) => e.type === 'user.answer'),
        serializeState: coarse,
        toState: isSubmitted,
        limit: 5_000,
      });
      expect(toSubmitted.length, `from ${JSON.stringify(question.value)}`).toBeGreaterThan(0);
    }
  });

  it('never submits without consent and a way to contact the person, and never lowers triage (random walks)', () => {
    const random = seeded(20261128);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const signals: RiskSignal[] = flows.map(([, s]) => s);
    let submissions = 0;
    for (let walk = 0; walk < 150; walk++) {
      let s = start(random() < 0.5 ? 'en-US' : 'es-ES');
      for (let step = 0; step < 250; step++) {
        const roll = random();
        let event: IntakeEvent;
        if (roll < 0.03) event = risk(s, pick(signals));
        else if (roll < 0.05)
          event = { type: pick(['user.back', 'user.stop', 'user.help', 'user.message'] as const), at };
        else if (roll < 0.055) event = { type: pick(['user.restart', 'user.delete'] as const), at };
        else {
          const answers = sampleEvents(s);
          // Prefer answering over skipping so walks get far.
          event =
            random() < 0.85
              ? (answers.find((e) => e.type === 'user.answer' && random() < 0.5) ?? pick(answers))
              : pick(answers);
        }
        const next = send(s, event);
        expect(triageRank(next)).toBeGreaterThanOrEqual(triageRank(s));
        expect(next.context.crisisEvents.length).toBeGreaterThanOrEqual(s.context.crisisEvents.length);
        if (isSubmitted(next) && !isSubmitted(s)) {
          submissions++;
          expect(next.context.consent?.given).toBe(true);
          expect(hasContact(next)).toBe(true);
        }
        s = next;
      }
    }
    expect(submissions).toBeGreaterThan(0);
  });

  it('never reaches submitted on a generated path without consent and contact', () => {
    const all = getShortestPaths(machine, {
      fromState: start(),
      events: (s: IntakeSnapshot) => [...sampleEvents(s), { type: 'user.back', at } as IntakeEvent],
      serializeState: coarse,
      limit: 50_000,
    });
    const submitted = all.filter((p) => isSubmitted(p.state));
    expect(submitted.length).toBeGreaterThan(0);
    for (const p of submitted) {
      expect(p.state.context.consent?.given).toBe(true);
      expect(hasContact(p.state)).toBe(true);
    }
  });
});
