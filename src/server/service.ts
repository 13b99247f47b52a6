// The whole service wired together (config -> store -> runtime -> bot -> server), started and stopped as one.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { type AlertChannelStatus, alertChannelStatus, emailRecipients } from '../alerts/channels.js';
import { alertWorkerIntervalMs, startAlertWorker } from '../alerts/worker.js';
import { createAdapter } from '../bot/adapter.js';
import { frontDoorPolicy, messagesHandler } from '../bot/front-door.js';
import { answerActivity, createBotHandler, renderActivitiesFor } from '../bot/intake-bot.js';
import { staffTeamsHandler, teamsPoster } from '../bot/teams.js';
import { UndeliveredReplies } from '../bot/undelivered-replies.js';
import { createChannelsRouter } from '../channels/channels-router.js';
import { localDirectLineKey } from '../channels/local-key.js';
import { LocalTokens } from '../channels/local-tokens.js';
import { directLineMode, type Environment, type PracticeSettings, trustProxySetting } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { CrisisFallbackLog, fallbackPathFor } from '../engine/crisis-fallback.js';
import { expireOpenCheckIns } from '../engine/expire-check-ins.js';
import { MeasuredTurnEngine } from '../engine/measured-turn-engine.js';
import { replayFallback } from '../engine/replay-fallback.js';
import { conversationOfCode } from '../engine/resume-code.js';
import { TurnBudget } from '../engine/turn-budget.js';
import type { Logger } from '../logging.js';
import { measuredStore } from '../metrics/measured-store.js';
import { metricsRouter } from '../metrics/metrics-router.js';
import { ServiceMetrics } from '../metrics/service-metrics.js';
import { createReviewSide } from '../review/review-side.js';
import { cipherFromKeys } from '../store/crypto/value-cipher.js';
import { openStore } from '../store/open-store.js';
import type { IntakeStore } from '../store/types.js';
import { teamsAcknowledger } from '../teams/acknowledge.js';
import { teamsSender } from '../teams/alert-sender.js';
import { isTeamsTabPath, teamsFrameAncestors, teamsJsConnectOrigins } from '../teams/hosts.js';
import { teamsJsPath, teamsSsoRouter } from '../teams/sso-router.js';
import { teamsSsoSettings } from '../teams/sso-settings.js';
import { SsoTokenVerifier } from '../teams/sso-token.js';
import { createApp } from './app.js';
import { listRoutes, type RouteEntry } from './route-list.js';
import { azureDirectLineOrigins } from './security-headers.js';
import { chatPagePaths, widgetRouter } from './widget.js';

export interface RunningService {
  url: string;
  port: number;
  store: IntakeStore;
  /** Who may post to /api/messages (said in the start message). */
  frontDoor: ReturnType<typeof frontDoorPolicy>;
  /** Every route the app registers (for the test that no route answers an anonymous caller by accident). */
  routes(): RouteEntry[];
  /** Staff accounts (the start message says how to create the first admin when there is none). */
  staffAccounts(): Promise<number>;
  /** Where crisis alerts go (said in the start message; none is warned about loudly). */
  alerts: AlertChannelStatus;
  /** Replays crisis signals kept in the fallback file now (it also runs on its own every half minute). */
  replayFallback(): Promise<number>;
  /** Sends replies kept after a failed send now (it also runs on its own). */
  retryUndelivered(): Promise<void>;
  close(): Promise<void>;
}

const abandonSweepMs = 10 * 60 * 1000;
const fallbackReplayMs = 30 * 1000;
/**
 * Several instances on one database run a scheduled job once per interval between them. A claim asks for a little
 * less than the interval, so that the instance which ran it last is never made to skip by its own timer's jitter.
 */
const claimWindow = (intervalMs: number) => intervalMs - Math.min(intervalMs / 10, 30_000);

export async function startService(
  env: Environment,
  practice: PracticeSettings,
  logger: Logger,
): Promise<RunningService> {
  const adapter = createAdapter(env, logger);
  const alertEmailTo = emailRecipients(env.ALERT_EMAIL_TO, practice.alerts?.emailTo);
  const alerting = alertChannelStatus({
    webhookUrl: env.ALERT_WEBHOOK_URL,
    webhookSecret: env.ALERT_WEBHOOK_SECRET,
    smtpUrl: env.SMTP_URL,
    emailTo: alertEmailTo,
    teamsConversation: env.TEAMS_ALERT_CONVERSATION,
  });
  const store = await openStore(env.DATABASE_URL, {
    logger,
    cipher: cipherFromKeys(env.RECORD_ENCRYPTION_KEY, env.RECORD_ENCRYPTION_OLD_KEYS),
  });
  // Without an alert channel the bot never promises that someone at the practice will see a crisis.
  const runtime = createConversationRuntime(practice, undefined, { alertsConfigured: alerting.configured.length > 0 });
  const fallback = new CrisisFallbackLog(fallbackPathFor(env.DATABASE_URL));
  const budget = env.RATE_LIMIT_TURNS ? new TurnBudget(env.RATE_LIMIT_TURNS) : undefined;
  const metrics = new ServiceMetrics(() => store.outboxBacklog());
  const engine = new MeasuredTurnEngine(
    {
      store: measuredStore(store, metrics),
      runtime,
      logger,
      render: renderActivitiesFor({ practiceWebsite: practice.website }),
      fallback,
      budget,
    },
    (channel) => metrics.turnStarted(channel),
  );
  // Signals kept while the store was down go in as soon as it answers: now, and then every half minute. Every instance
  // replays its own: the fallback file is on its local disk, so no other instance could.
  const replay = () => replayFallback({ store, runtime, fallback, logger }).catch(() => 0);
  await replay();
  const replayTimer = setInterval(replay, fallbackReplayMs);
  replayTimer.unref();

  const undelivered = new UndeliveredReplies({
    store,
    adapter,
    appId: env.MicrosoftAppId ?? '',
    logger: logger.child({ component: 'replies' }),
  });
  undelivered.start();
  const sso = teamsSsoSettings(env, practice);
  const review = createReviewSide({
    env,
    practice,
    options: runtime.options,
    store,
    logger,
    teamsSignIn: sso ? { teamsJs: teamsJsPath } : undefined,
  });
  // Teams sign-in: an Entra token from the tab becomes the same staff session the dashboard's sign-in gives.
  const teamsSignIn = teamsSsoRouter({
    staff: review.staff,
    cookie: review.cookie,
    verifier: sso ? new SsoTokenVerifier(sso) : undefined,
    logger: logger.child({ component: 'teams-sso' }),
    attemptsPerAddress: env.RATE_LIMIT_SIGN_IN,
  });
  const cardContext = { language: practice.defaultLanguage, timeZone: practice.timeZone, publicUrl: env.PUBLIC_URL };
  const staffTeams = staffTeamsHandler({
    store,
    acknowledge: teamsAcknowledger({ staff: review.staff, reviews: review.reviews, card: cardContext }),
    logger: logger.child({ component: 'teams' }),
  });
  const botHandler = createBotHandler({ engine, runtime, undelivered, logger, staffTeams });
  const policy = frontDoorPolicy(env);
  const mode = directLineMode(env);
  const channels = createChannelsRouter({
    mode,
    // In-process: the turn runs here and its committed replies come straight back; nothing goes over the network.
    deliver: (activity) => answerActivity(engine, runtime, activity),
    // Another instance may have answered this conversation: what it stored since is read back (replies, not text).
    history: (conversationId, since) =>
      since
        ? store.repliesSince(`directline:${conversationId}`, since.at, since.except)
        : store.repliesOf(`directline:${conversationId}`),
    logger: logger.child({ component: 'channels' }),
    tokens: mode === 'local' ? new LocalTokens(localDirectLineKey(env)) : undefined,
    directLineSecret: env.DIRECT_LINE_SECRET,
    tokensPerMinute: env.RATE_LIMIT_TOKENS,
    redeemCode: (code) => conversationOfCode(store, code, new Date()),
  });
  const app = createApp({
    messages: messagesHandler({ adapter, policy, logic: botHandler }),
    store,
    logger,
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    security: {
      embedOrigins: practice.widget.allowedOrigins,
      embeddablePaths: chatPagePaths,
      connectOrigins: mode === 'azure' ? azureDirectLineOrigins : [],
      // Only a server set up for Teams sign-in lets Teams frame the queue's pages.
      teamsTab: sso
        ? { isTabPath: isTeamsTabPath, frameAncestors: teamsFrameAncestors, connectOrigins: teamsJsConnectOrigins }
        : undefined,
    },
    channels,
    widget: widgetRouter(practice, { publicUrl: env.PUBLIC_URL }),
    review: Router().use(teamsSignIn, review.router),
    metrics: metricsRouter(metrics, env.METRICS_TOKEN),
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(env.PORT, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  // Idle keep-alive sockets stay open longer than a client or load balancer keeps them (Node's 5 s default races a
  // client reusing the socket just as the server closes it, and the request dies as "other side closed").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  // Idle keep-alive connections stay open longer than a load balancer's idle timeout (60 s on the common ones), so the
  // server never closes a connection the balancer or a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const sweep = async () => {
    const now = new Date();
    const idleSince = new Date(now.getTime() - practice.abandonAfterHours * 3_600_000).toISOString();
    try {
      // One instance sweeps per interval; the others have nothing left to do.
      if (!(await store.claimScheduledRun('sweep', now, claimWindow(abandonSweepMs)))) return;
      // First the check-ins nobody answered (their concern and alert), then the idle records.
      await expireOpenCheckIns({ store, runtime, logger }, idleSince, now.toISOString());
      const abandoned = await store.markAbandoned(idleSince, now.toISOString());
      if (abandoned > 0) logger.info({ abandoned }, 'idle intakes marked abandoned');
      // Then retention: abandoned intakes the practice closed, with no alert waiting, go after the retention period.
      const retentionDays = practice.abandonedRetentionDays;
      const purgeBefore = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
      const purged = await store.purgeAbandoned(purgeBefore, now.toISOString(), retentionDays);
      if (purged.length > 0) logger.info({ purged: purged.length }, 'abandoned intakes purged after retention');
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
    email: {
      smtpUrl: env.SMTP_URL,
      to: alertEmailTo,
      practice: { name: practice.name, email: practice.email, timeZone: practice.timeZone },
      publicUrl: env.PUBLIC_URL,
    },
    teams: env.TEAMS_ALERT_CONVERSATION
      ? teamsSender({
          conversation: env.TEAMS_ALERT_CONVERSATION,
          findChannel: (id) => store.teamsChannel(id),
          post: teamsPoster(adapter, env.MicrosoftAppId ?? ''),
          ...cardContext,
        })
      : undefined,
    onCall: practice.onCall,
    escalationMinutes: practice.escalationMinutes,
    // Escalating is idempotent (one escalation key per alert), so this only spares the other instances the query.
    claimEscalation: (at) => store.claimScheduledRun('escalation', at, claimWindow(alertWorkerIntervalMs)),
  });

  let closing: Promise<void> | undefined;
  return {
    url: env.PUBLIC_URL ?? `http://localhost:${port}`,
    port,
    store,
    frontDoor: policy,
    alerts: alerting,
    routes: () => listRoutes(app),
    staffAccounts: async () => (await review.staff.list()).length,
    replayFallback: replay,
    retryUndelivered: () => undelivered.runOnce(),
    close: () => {
      closing ??= (async () => {
        clearInterval(timer);
        clearInterval(replayTimer);
        budget?.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await undelivered.stop();
        await alerts.stop();
        await store.close();
      })();
      return closing;
    },
  };
}
