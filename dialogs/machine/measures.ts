// The measures: PHQ-2 and GAD-2, the full PHQ-9 / GAD-7 when positive, and item 9 bringing the safety screen forward.
import { and, not } from 'xstate';
import { gadItemIds, phqItemIds } from '../screening/instruments.js';
import type { IntakeFieldId } from '../steps/index.js';
import { next, say, section } from './builders.js';
import type { ChartNode } from './chart-types.js';
import type { ChartKit } from './kit.js';

export function measuresSection({ question, leave }: ChartKit): ChartNode {
  /** Items asked one after another, each leading to the next (the last one routes on its own). */
  const inOrder = (ids: readonly IntakeFieldId[]): Record<string, ChartNode> =>
    Object.fromEntries(
      ids.flatMap((id, i) => {
        const following = ids[i + 1];
        return following ? [[id, question(id, next(following))]] : [];
      }),
    );

  return section(
    'measures',
    {
      route: { always: [{ guard: 'isMeasuresDisabled', target: '#section-goals' }, { target: '#ask-phq1' }] },
      phq1: question('phq1', next('phq2')),
      phq2: question('phq2', next('gad1')),
      gad1: question('gad1', next('gad2')),
      gad2: question('gad2', [
        { guard: 'isPhq2Positive', target: '#ask-phq3' },
        { guard: 'isGad2Positive', target: '#ask-gad3' },
        ...leave('measures', 'goals'),
      ]),
      ...inOrder(phqItemIds.slice(2)),
      phq9: question('phq9', [
        {
          guard: and(['isPhq9Item9Positive', not('isScreenComplete')]),
          target: '#section-safety',
          actions: ['notePhq9Item9', 'markEarlySafety', say('notices.safetyQuestionsNext')],
        },
        { guard: 'isGad2Positive', target: '#ask-gad3', actions: ['notePhq9Item9'] },
        ...leave('measures', 'goals', { actions: ['notePhq9Item9'] }),
      ]),
      ...inOrder(gadItemIds.slice(2)),
      gad7: question('gad7', leave('measures', 'goals')),
    },
    'route',
  );
}
