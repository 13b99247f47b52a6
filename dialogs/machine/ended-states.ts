// Where nothing is asked: the intake sent, declined, closed (outside the service area) or paused.
import { say } from './builders.js';
import type { ChartNode } from './chart-types.js';

export const submitted: ChartNode = {
  id: 'intake-submitted',
  tags: ['awaitingInput'],
  meta: { step: 'submitted' },
  on: {
    'user.message': { actions: [say('notices.submittedAlready')] },
    'user.restart': { actions: [say('notices.submittedNoRestart')] },
    'user.delete': { actions: [say('notices.submittedNoDelete')] },
    'user.stop': { actions: [say('notices.goodbye')] },
  },
};

export const declined: ChartNode = {
  id: 'intake-declined',
  tags: ['awaitingInput'],
  meta: { ended: 'declined' },
  on: {
    'user.message': { actions: [say('notices.declinedAlready')] },
    'user.stop': { actions: [say('notices.goodbye')] },
  },
};

export const closed: ChartNode = {
  id: 'intake-closed',
  tags: ['awaitingInput'],
  meta: { ended: 'closed' },
  on: {
    'user.message': { actions: [say('notices.closedAlready')] },
    'user.stop': { actions: [say('notices.goodbye')] },
  },
};

/** Stopped for now; the next message picks up exactly where the person left. */
export const paused: ChartNode = {
  id: 'paused',
  tags: ['awaitingInput'],
  meta: { ended: 'paused' },
  on: {
    'user.message': { target: '#intake-hist', actions: [say('notices.welcomeBack')] },
    'user.stop': { actions: [say('notices.stillPaused')] },
  },
};
