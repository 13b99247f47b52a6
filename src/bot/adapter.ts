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

export class IntakeAdapter extends CloudAdapter {
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
      return await this.auth.authenticateRequest(activity as Activity, authorization);
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
