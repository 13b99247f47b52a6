// The whole service wired together (config -> store -> runtime -> bot -> server), started and stopped as one.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { startAlertWorker } from '../alerts/worker.js';
import { createAdapter } from '../bot/adapter.js';
import { createBotHandler, renderActivities } from '../bot/intake-bot.js';
import { createChannelsRouter } from '../channels/channels-router.js';
import type { Environment, PracticeSettings } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { CrisisFallbackLog, fallbackPathFor } from '../engine/crisis-fallback.js';
import { replayFallback } from '../engine/replay-fallback.js';
import { TurnEngine } from '../engine/turn-engine.js';
import type { Logger } from '../logging.js';
import { openStore } from '../store/open-store.js';
import type { IntakeStore } from '../store/types.js';
import { createApp } from './app.js';
import { widgetRouter } from './widget.js';

export interface RunningService {
  url: string;
  port: number;
  store: IntakeStore;
  /** Replays crisis signals kept in the fallback file now (it also runs on its own every half minute). */
  replayFallback(): Promise<number>;
  close(): Promise<void>;
}

const abandonSweepMs = 10 * 60 * 1000;
const fallbackReplayMs = 30 * 1000;

export async function startService(
  env: Environment,
  practice: PracticeSettings,
  logger: Logger,
): Promise<RunningService> {
  // Checked before anything opens: production never runs without bot credentials.
  const adapter = createAdapter(env, logger);
  const store = await openStore(env.DATABASE_URL, { logger });
  const runtime = createConversationRuntime(practice);
  const fallback = new CrisisFallbackLog(fallbackPathFor(env.DATABASE_URL));
  const engine = new TurnEngine({ store, runtime, logger, render: renderActivities, fallback });
  // Signals kept while the store was down go in as soon as it answers: now, and then every half minute.
  const replay = () => replayFallback({ store, runtime, fallback, logger }).catch(() => 0);
  await replay();
  const replayTimer = setInterval(replay, fallbackReplayMs);
  replayTimer.unref();
  const botHandler = createBotHandler(engine, runtime);
  const channels = createChannelsRouter({
    // In-process, like POST /api/messages; the replies come back over HTTP to the serviceUrl in the activity.
    deliver: (activity) => adapter.processActivityDirect('', activity as unknown as Activity, botHandler),
    logger: logger.child({ component: 'channels' }),
    // Local/demo only: with bot credentials (or a Direct Line secret) Web Chat talks to Azure's Direct Line.
    localDirectLine: !env.MicrosoftAppId && !env.DIRECT_LINE_SECRET,
    directLineSecret: env.DIRECT_LINE_SECRET,
    publicUrl: env.PUBLIC_URL,
  });
  const app = createApp({
    adapter,
    botHandler,
    store,
    logger,
    channels,
    widget: widgetRouter(practice),
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

  const alerts = startAlertWorker({
    store,
    logger: logger.child({ component: 'alerts' }),
    webhookUrl: env.ALERT_WEBHOOK_URL,
    secret: env.ALERT_WEBHOOK_SECRET,
    onCall: practice.onCall,
    escalationMinutes: practice.escalationMinutes,
  });

  let closing: Promise<void> | undefined;
  return {
    url: env.PUBLIC_URL ?? `http://localhost:${port}`,
    port,
    store,
    replayFallback: replay,
    close: () => {
      closing ??= (async () => {
        clearInterval(timer);
        clearInterval(replayTimer);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await alerts.stop();
        await store.close();
      })();
      return closing;
    },
  };
}
