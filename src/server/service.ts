// The whole service wired together (config -> store -> runtime -> bot -> server), started and stopped as one.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '../bot/adapter.js';
import { createBotHandler, renderActivities } from '../bot/intake-bot.js';
import type { Environment, PracticeSettings } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { TurnEngine } from '../engine/turn-engine.js';
import type { Logger } from '../logging.js';
import { openStore } from '../store/open-store.js';
import type { IntakeStore } from '../store/types.js';
import { createApp } from './app.js';

export interface RunningService {
  url: string;
  port: number;
  store: IntakeStore;
  close(): Promise<void>;
}

const abandonSweepMs = 10 * 60 * 1000;

export async function startService(
  env: Environment,
  practice: PracticeSettings,
  logger: Logger,
): Promise<RunningService> {
  // Checked before anything opens: production never runs without bot credentials.
  const adapter = createAdapter(env, logger);
  const store = await openStore(env.DATABASE_URL, { logger });
  const runtime = createConversationRuntime(practice);
  const engine = new TurnEngine({ store, runtime, logger, render: renderActivities });
  const app = createApp({
    adapter,
    botHandler: createBotHandler(engine, runtime),
    store,
    logger,
    practiceName: practice.name,
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(env.PORT, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const port = (server.address() as AddressInfo).port;

  const sweep = async () => {
    const now = new Date();
    const idleSince = new Date(now.getTime() - practice.abandonAfterHours * 3_600_000).toISOString();
    try {
      const abandoned = await store.markAbandoned(idleSince, now.toISOString());
      if (abandoned > 0) logger.info({ abandoned }, 'idle intakes marked abandoned');
    } catch (error) {
      logger.warn({ err: { name: (error as Error).name } }, 'abandon sweep failed');
    }
  };
  const timer = setInterval(sweep, abandonSweepMs);
  timer.unref();
  void sweep();

  let closing: Promise<void> | undefined;
  return {
    url: env.PUBLIC_URL ?? `http://localhost:${port}`,
    port,
    store,
    close: () => {
      closing ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await store.close();
      })();
      return closing;
    },
  };
}
