// The Bot Framework CloudAdapter, with authentication done first and failures answered 401 (never botbuilder's 500).
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Environment } from '../config.js';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;
/** What the SDK's authentication hands to a turn (claims, audience, connector factory). */
export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** Channel addresses a busy bot talks to (Web Chat, Teams regions, the built-in Direct Line): a handful, bounded. */
const maxConnectorClients = 64;

/**
 * Connector clients kept per caller, channel address and audience. botbuilder builds a new client (and its Azure HTTP
 * pipeline) for every activity, a measurable share of a turn; a client holds no per-conversation state and its
 * credentials fetch and refresh their own tokens, so one per caller and address serves every turn.
 */
class ConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  /** The result with a connector factory that hands out the kept client for the same caller, address and audience. */
  keep(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const inner = result.connectorFactory;
    if (!inner) return result;
    const claims = result.claimsIdentity?.claims ?? [];
    const caller = claims.find((claim) => claim.type === 'azp' || claim.type === 'appid')?.value ?? '';
    const factory = {
      create: (serviceUrl: string, audience?: string) =>
        this.get(`${caller}\n${serviceUrl}\n${audience ?? ''}`, () => inner.create(serviceUrl, audience)),
    } as ConnectorFactory;
    return { ...result, connectorFactory: factory };
  }

  private get(key: string, make: () => Promise<ConnectorClient>): Promise<ConnectorClient> {
    const kept = this.clients.get(key);
    if (kept) return kept;
    const made = make();
    // A client that could not be made is not kept: the next turn tries again.
    made.catch(() => this.clients.delete(key));
    this.clients.set(key, made);
    if (this.clients.size > maxConnectorClients) {
      const oldest = this.clients.keys().next().value;
      if (oldest !== undefined) this.clients.delete(oldest);
    }
    return made;
  }
}

export class IntakeAdapter extends CloudAdapter {
  private readonly connectors = new ConnectorClients();

  constructor(private readonly auth: ConfigurationBotFrameworkAuthentication) {
    super(auth);
  }

  /**
   * Checks the caller's token (signature, issuer, audience, expiry, and the serviceUrl it was issued for). Any
   * failure, whatever the SDK throws, is a 401: a forged or expired token never reaches the bot or a 500.
   * Without an app id the SDK accepts every request; the front door decides before that who may come in.
   */
  async authenticate(activity: Partial<Activity>, authorization: string): Promise<AuthenticateRequestResult> {
    try {
      return this.connectors.keep(await this.auth.authenticateRequest(activity as Activity, authorization));
    } catch {
      throw new HttpError(401, 'Unauthorized.', { 'WWW-Authenticate': 'Bearer' });
    }
  }

  /** Runs one turn for an already authenticated request; with `expectReplies` the replies come back in the result. */
  run(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: TurnLogic,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAdapter(env: Environment, logger: Logger): IntakeAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId,
    MicrosoftAppPassword: env.MicrosoftAppPassword,
    MicrosoftAppType: env.MicrosoftAppType,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId,
  });
  const adapter = new IntakeAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { conversation: context.activity.conversation?.id, err: { name: error.name } },
      'unhandled turn error',
    );
  };
  return adapter;
}
