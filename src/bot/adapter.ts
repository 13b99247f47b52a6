// The Bot Framework CloudAdapter: authentication from the environment (off only for local development).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Environment } from '../config.js';
import type { Logger } from '../logging.js';

export class MissingCredentialsError extends Error {
  override name = 'MissingCredentialsError';
}

export const hasBotCredentials = (env: Environment) =>
  Boolean(env.MicrosoftAppId && (env.MicrosoftAppPassword || env.MicrosoftAppType === 'UserAssignedMSI'));

export function createAdapter(env: Environment, logger: Logger): CloudAdapter {
  // Without an app id CloudAdapter accepts any request: right for the Emulator on a laptop, never in production.
  if (env.NODE_ENV === 'production' && !hasBotCredentials(env)) {
    throw new MissingCredentialsError(
      'In production the bot needs MicrosoftAppId and MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI).',
    );
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId,
    MicrosoftAppPassword: env.MicrosoftAppPassword,
    MicrosoftAppType: env.MicrosoftAppType,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { conversation: context.activity.conversation?.id, err: { name: error.name } },
      'unhandled turn error',
    );
  };
  return adapter;
}
