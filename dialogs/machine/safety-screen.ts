// The safety step's suicide screen (the ASQ, or the C-SSRS screener where licensed), its result, and what comes after.
import { and } from 'xstate';
import { answersAfter } from '../routing.js';
import { asqScreenItems } from '../screening/asq.js';
import { screenResult } from '../screening/screen.js';
import { action, all, guard, is, next, say, section } from './builders.js';
import type { ActionRef, ChartNode, GuardName, Route } from './chart-types.js';
import type { ChartKit } from './kit.js';

/** Where the ASQ's questions are asked: the safety step (`ask-`) or the crisis branch (`crisis-`). */
export type AsqPlace = 'ask-' | 'crisis-';

/** The first ASQ item still to ask (an item answered elsewhere is not asked twice). */
export const firstUnansweredAsq = (place: AsqPlace): Route[] => [
  ...asqScreenItems.map((id): Route => ({ guard: guard('isUnanswered', { field: id }), target: `#${place}${id}` })),
  { guard: 'needsAsq5', target: `#${place}asq5` },
];

/** The ASQ, as asked in the safety step and in the crisis branch; items always report step `safety`. */
export function asqQuestions(
  { question }: ChartKit,
  place: AsqPlace,
  done: readonly Route[],
  onTrail: boolean,
): Record<string, ChartNode> {
  const ask = (field: (typeof asqScreenItems)[number] | 'asq4Details' | 'asq5', routes: readonly Route[]) =>
    question(field, routes, { id: `${place}${field}`, trail: onTrail, step: 'safety' });
  return {
    asq1: ask('asq1', [{ target: `#${place}asq2` }]),
    asq2: ask('asq2', [{ target: `#${place}asq3` }]),
    asq3: ask('asq3', [{ target: `#${place}asq4` }]),
    asq4: ask('asq4', [
      { guard: is('asq4', 'yes'), target: `#${place}asq4Details` },
      { guard: 'needsAsq5', target: `#${place}asq5` },
      ...done,
    ]),
    asq4Details: ask('asq4Details', [{ guard: 'needsAsq5', target: `#${place}asq5` }, ...done]),
    asq5: ask('asq5', done),
  };
}

/** After the screen: back into the measures if PHQ-9 item 9 brought it forward, else on to contact (`when` all hold). */
const afterSafety = (when: readonly GuardName[], actions: readonly ActionRef[] = []): Route[] => [
  {
    guard: and([...when, 'isEarlySafety', 'isGadFullPending']),
    target: '#ask-gad3',
    actions: ['endEarlySafety', ...actions],
  },
  { guard: and([...when, 'isEarlySafety']), target: '#section-goals', actions: ['endEarlySafety', ...actions] },
  { guard: all(when), target: '#section-contact', actions },
];

export function safetySection(kit: ChartKit): ChartNode {
  const { setup, options, question, showResources } = kit;

  // The screen's result: acute goes straight into the crisis branch (raised, so `back` and history resume after it).
  const concludeScreen = setup.enqueueActions(({ context, event, enqueue }) => {
    enqueue(action('concludeScreen', { instrument: options.screeningInstrument }));
    const result = screenResult(answersAfter(context, event), options.screeningInstrument);
    if (result === 'acute') {
      enqueue.raise({
        type: 'risk.detected',
        signals: [{ kind: 'suicide', level: 'emergency' }],
        rules: ['asq.acute'],
        minor: false,
        source: 'screen',
        step: 'safety',
        field: 'asq5',
        at: event.at,
      });
    } else if (result === 'non-acute') {
      for (const shown of showResources('non-acute', ['suicide'])) enqueue(shown);
      enqueue(say('notices.screenNonAcute'));
    } else {
      enqueue(say('notices.screenNegative'));
    }
  });
  const concluded = afterSafety([], [concludeScreen]);

  // The C-SSRS screener, for practices that chose it: Q3–Q5 after active thoughts, then behaviour.
  const yesOrDeclined = (field: 'cssrs2' | 'cssrs6') => guard('isYesOrDeclined', { field });
  const cssrs: Record<string, ChartNode> = {
    cssrs1: question('cssrs1', next('cssrs2')),
    cssrs2: question('cssrs2', [{ guard: yesOrDeclined('cssrs2'), target: '#ask-cssrs3' }, ...next('cssrs6')]),
    cssrs3: question('cssrs3', next('cssrs4')),
    cssrs4: question('cssrs4', next('cssrs5')),
    cssrs5: question('cssrs5', next('cssrs6')),
    cssrs6: question('cssrs6', [{ guard: yesOrDeclined('cssrs6'), target: '#ask-cssrs6Recent' }, ...concluded]),
    cssrs6Recent: question('cssrs6Recent', concluded),
  };

  return {
    ...section(
      'safety',
      {
        route: {
          always: [
            ...afterSafety(['isScreenComplete']),
            { guard: 'isCssrs', target: '#ask-cssrs1' },
            ...firstUnansweredAsq('ask-'),
          ],
        },
        ...asqQuestions(kit, 'ask-', concluded, true),
        ...cssrs,
      },
      'route',
    ),
    // Concern-level suicidal language while answering the screen is what the screen asks about.
    // Uncertain words while answering the screen are answered by the screen itself.
    on: {
      'risk.detected': [{ guard: 'isConcernAnsweringScreen', actions: ['noteRisk'] }],
      'risk.uncertain': { actions: [] },
    },
  };
}
