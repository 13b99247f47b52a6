// Checks a Teams single sign-on token (an Entra ID access token from `authentication.getAuthToken()`): signed by its
// tenant's keys (RS256 only), issued for an allow-listed tenant, for this app's Application ID URI, not expired, and
// with the `access_as_user` scope. The tenant is read before the signature only to pick which keys to fetch, and only
// allow-listed tenants' keys are ever fetched.
import { createRemoteJWKSet, decodeJwt, errors, type JWTPayload, jwtVerify } from 'jose';
import { z } from 'zod';

export interface SsoSettings {
  /** The SSO app registration's application (client) id: the bot's MicrosoftAppId. */
  appId: string;
  /** The server's public origin; the Application ID URI is `api://<host>/<appId>`. */
  publicUrl: string;
  /** Tenants whose staff may sign in (practice settings `teams.tenantIds`). */
  tenantIds: readonly string[];
  /** Entra's sign-in authority (a test or a sovereign cloud may change it). */
  authority?: string;
}

export const requiredScope = 'access_as_user';

/** Why a token was refused: said to the log and to the tab, never with the token itself. */
export type SsoRefusal =
  | 'malformed'
  | 'tenant'
  | 'signature'
  | 'audience'
  | 'issuer'
  | 'expired'
  | 'scope'
  /** The tenant's keys could not be fetched: Entra is unreachable, not the token's fault. */
  | 'keys-unavailable';

export interface SsoIdentity {
  tenantId: string;
  objectId: string;
  /** The sign-in name (`preferred_username`, `upn` or `email`), lower-cased; used when no account has the object id. */
  email: string | undefined;
}

export type SsoResult = { ok: true; identity: SsoIdentity } | { ok: false; refusal: SsoRefusal };

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const claimsSchema = z.object({
  tid: guid,
  oid: guid,
  scp: z.string().max(2000),
  preferred_username: z.string().max(320).optional(),
  upn: z.string().max(320).optional(),
  email: z.string().max(320).optional(),
});

export class SsoTokenVerifier {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  private readonly authority: string;

  constructor(private readonly settings: SsoSettings) {
    this.authority = (settings.authority ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
  }

  /** Teams asks Entra for tokens with this audience (the manifest's `webApplicationInfo.resource`). */
  get audience(): string {
    return `api://${new URL(this.settings.publicUrl).host}/${this.settings.appId}`;
  }

  private keysOf(tenantId: string) {
    let keys = this.keySets.get(tenantId);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(`${this.authority}/${tenantId}/discovery/v2.0/keys`), {
        timeoutDuration: 5000,
      });
      this.keySets.set(tenantId, keys);
    }
    return keys;
  }

  async verify(token: string): Promise<SsoResult> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return { ok: false, refusal: 'malformed' };
    }
    const tenantId = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
    const allowed = this.settings.tenantIds.map((id) => id.toLowerCase());
    if (!allowed.includes(tenantId)) return { ok: false, refusal: 'tenant' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keysOf(tenantId), {
        algorithms: ['RS256'],
        // v1.0 and v2.0 tokens name their issuer differently; both for this tenant only.
        issuer: [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
        // v2.0 tokens carry the client id as audience, v1.0 tokens the Application ID URI.
        audience: [this.audience, this.settings.appId],
        requiredClaims: ['exp', 'iat'],
        clockTolerance: 60,
      }));
    } catch (error) {
      return { ok: false, refusal: refusalOf(error) };
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, refusal: 'malformed' };
    if (claims.data.tid.toLowerCase() !== tenantId) return { ok: false, refusal: 'tenant' };
    if (!claims.data.scp.split(' ').includes(requiredScope)) return { ok: false, refusal: 'scope' };
    const email = claims.data.preferred_username ?? claims.data.upn ?? claims.data.email;
    return {
      ok: true,
      identity: { tenantId, objectId: claims.data.oid.toLowerCase(), email: email?.trim().toLowerCase() },
    };
  }
}

function refusalOf(error: unknown): SsoRefusal {
  if (error instanceof errors.JWTExpired) return 'expired';
  // Anything that is not jose's own verdict on the token is a failed key fetch (network, timeout, bad key document).
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  ) {
    return 'keys-unavailable';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    return 'malformed';
  }
  return 'signature';
}
