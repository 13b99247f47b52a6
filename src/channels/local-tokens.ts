// Local Direct Line tokens: signed (HS256) claims of one conversation and one user, like Azure's, so no table of
// tokens is kept, a restart or a second instance accepts them, and nobody can post as someone else.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { HttpError } from '../http/http-error.js';
import { ResumeSecrets } from './resume-secrets.js';

export interface LocalGrant {
  conversationId: string;
  /** Web Chat reads the user id from the token's `user` claim, as it does for Azure's tokens. */
  userId: string;
  locale?: string | undefined;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

const issuer = 'intake-local-direct-line';
const bearer = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

export const randomId = (bytes = 24) => randomBytes(bytes).toString('base64url');

/** How long after it expires a token still reconnects its own conversation (a laptop closed overnight). */
export const resumeGraceSeconds = 24 * 3_600;

const forbidden = () => new HttpError(403, 'The token is missing, invalid or expired.');

export class LocalTokens {
  private readonly key: Uint8Array;
  private readonly secrets: ResumeSecrets;

  constructor(
    key: string | Uint8Array,
    readonly ttlSeconds = 1_800,
    private readonly now: () => number = Date.now,
  ) {
    this.key = typeof key === 'string' ? new TextEncoder().encode(key) : key;
    this.secrets = new ResumeSecrets(this.key);
  }

  async issue(grant: LocalGrant): Promise<IssuedToken> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({
      conv: grant.conversationId,
      user: grant.userId,
      ...(grant.locale ? { locale: grant.locale } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(issuer)
      .setIssuedAt(issuedAt)
      .setJti(randomId(12))
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The per-conversation resume secret (see resume-secrets.ts), under the token key. */
  resumeSecret(grant: Pick<LocalGrant, 'conversationId' | 'userId'>): string {
    return this.secrets.secretOf(grant);
  }

  /** Whether `secret` is this conversation's resume secret. */
  isResumeSecret(grant: Pick<LocalGrant, 'conversationId' | 'userId'>, secret: string): boolean {
    return this.secrets.matches(grant, secret);
  }

  /** The grant an `Authorization: Bearer` header holds; 403 when missing, forged, expired or for another conversation. */
  async verify(
    authorization: string | undefined,
    conversationId?: string,
  ): Promise<LocalGrant & { token: string; expiresIn: number }> {
    return this.verifyToken(bearer.exec(authorization ?? '')?.[1], conversationId, 0);
  }

  /** A token that reconnects its conversation: genuine, for that conversation, and expired at most `graceSeconds` ago. */
  async verifyForResume(token: string, conversationId: string, graceSeconds = resumeGraceSeconds): Promise<LocalGrant> {
    const {
      token: _token,
      expiresIn: _expiresIn,
      ...grant
    } = await this.verifyToken(token, conversationId, graceSeconds);
    return grant;
  }

  private async verifyToken(
    token: string | undefined,
    conversationId: string | undefined,
    graceSeconds: number,
  ): Promise<LocalGrant & { token: string; expiresIn: number }> {
    if (!token || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) throw forbidden();
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer,
        algorithms: ['HS256'],
        currentDate: new Date(this.now()),
        clockTolerance: graceSeconds,
      }));
    } catch {
      throw forbidden();
    }
    const { conv, user, locale, exp } = payload;
    if (typeof conv !== 'string' || typeof user !== 'string' || typeof exp !== 'number') throw forbidden();
    if (conversationId !== undefined && conv !== conversationId) {
      throw new HttpError(403, 'The token is not valid for this conversation.');
    }
    return {
      conversationId: conv,
      userId: user,
      locale: typeof locale === 'string' ? locale : undefined,
      token,
      expiresIn: Math.max(0, exp - Math.floor(this.now() / 1000)),
    };
  }
}
