// Whether the Teams tab can sign staff in: it needs the SSO app registration (the bot's MicrosoftAppId), the public
// https address its Application ID URI names, and at least one allow-listed tenant in the practice settings.
import type { Environment, PracticeSettings } from '../config.js';
import type { SsoSettings } from './sso-token.js';

export function teamsSsoSettings(env: Environment, practice: PracticeSettings): SsoSettings | undefined {
  const tenantIds = practice.teams?.tenantIds ?? [];
  if (!env.MicrosoftAppId || !env.PUBLIC_URL || tenantIds.length === 0) return undefined;
  return { appId: env.MicrosoftAppId, publicUrl: env.PUBLIC_URL, tenantIds };
}
