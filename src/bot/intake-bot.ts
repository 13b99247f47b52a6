// The bot's turn handler: activity in, engine turn, replies out (only after the engine has committed).
import type { Activity, TurnContext } from 'botbuilder';
import type { ConversationRuntime } from '../conversation/runtime.js';
import type { RenderReplies, TurnEngine } from '../engine/turn-engine.js';
import { translator } from '../i18n/index.js';
import { toActivities } from './activities.js';
import { toIncomingTurn } from './incoming.js';

export const renderActivities: RenderReplies = (messages, turn, language) =>
  toActivities(messages, language, turn.channel, translator(language));

export function createBotHandler(engine: TurnEngine, runtime: ConversationRuntime) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    if (activity.type === 'invoke') {
      // No invoke actions are offered; answer plainly instead of the SDK's 501.
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: {} } });
      return;
    }
    const turn = toIncomingTurn(activity, runtime.practice.defaultLanguage, new Date().toISOString());
    if (!turn) return;
    if (turn.kind === 'message') await context.sendActivity({ type: 'typing' });
    const replies = await engine.handle(turn);
    await context.sendActivities(replies as Partial<Activity>[]);
  };
}
