// The turn engine with each turn timed by channel (for /metrics); what a turn does is unchanged.
import type { IncomingTurn } from './incoming-turn.js';
import { TurnEngine, type TurnEngineDeps } from './turn-engine.js';

/** Starts timing a turn of a channel; the returned function ends it. */
export type TurnTimer = (channel: string) => () => void;

export class MeasuredTurnEngine extends TurnEngine {
  constructor(
    deps: TurnEngineDeps,
    private readonly timeTurn: TurnTimer,
  ) {
    super(deps);
  }

  override async handle(turn: IncomingTurn): Promise<unknown[]> {
    const end = this.timeTurn(turn.channel);
    try {
      return await super.handle(turn);
    } finally {
      end();
    }
  }
}
