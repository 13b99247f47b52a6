// POST /api/messages: who may post activities, decided before the SDK sees them, and where replies may go.
import { isIP } from 'node:net';
import type { Activity } from 'botbuilder';
import type { Request, RequestHandler } from 'express';
import { type Environment, hasBotCredentials } from '../config.js';
import { HttpError } from '../http/http-error.js';
import type { IntakeAdapter, TurnLogic } from './adapter.js';
import { activitySchema } from './incoming.js';

/**
 * - `bot-framework`: bot credentials are set; every caller needs a valid Bot Framework JWT (the Bot Connector, Teams,
 *   Azure Direct Line, the Emulator with credentials).
 * - `loopback`: development without credentials; unauthenticated activities only from this machine, never through
 *   a proxy (a reverse proxy makes everyone look local). The Emulator, scripts, the contract check, tests.
 * - `closed`: production without credentials (self-hosted local Direct Line): no outside caller at all.
 */
export type FrontDoorPolicy = 'bot-framework' | 'loopback' | 'closed';

export function frontDoorPolicy(env: Environment): FrontDoorPolicy {
  if (hasBotCredentials(env)) return 'bot-framework';
  return env.NODE_ENV === 'production' ? 'closed' : 'loopback';
}

const proxyHeaders = /^(forwarded|x-forwarded-.+|x-real-ip|x-client-ip|true-client-ip|cf-connecting-ip|via)$/i;

/** 127.0.0.0/8, ::1, and IPv4 loopback mapped into IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1' || plain === '0:0:0:0:0:0:0:1';
}

/** The socket is this machine and no proxy says it forwarded someone else. */
export function isDirectLoopbackCaller(req: Pick<Request, 'socket' | 'headers'>): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && !Object.keys(req.headers).some((h) => proxyHeaders.test(h));
}

/**
 * A serviceUrl the connector client can call: IPv6 loopback written as `[::1]` becomes 127.0.0.1, because the Bot
 * Framework connector resolves a bracketed host as a name (ENOTFOUND). This server listens on both families.
 * Returns undefined for anything that is not a loopback http(s) URL.
 */
export function loopbackServiceUrl(serviceUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host !== 'localhost' && !isLoopbackAddress(host)) return undefined;
  if (host.includes(':')) url.hostname = '127.0.0.1';
  return url.toString();
}

export interface MessagesRouteDeps {
  adapter: IntakeAdapter;
  policy: FrontDoorPolicy;
  logic: TurnLogic;
}

export function messagesHandler({ adapter, policy, logic }: MessagesRouteDeps): RequestHandler {
  return async (req, res) => {
    if (policy === 'closed') throw new HttpError(401, 'Unauthorized.', { 'WWW-Authenticate': 'Bearer' });
    if (policy === 'loopback' && !isDirectLoopbackCaller(req)) {
      throw new HttpError(401, 'Unauthorized: without bot credentials only this machine may post activities.', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    if (!activitySchema.safeParse(req.body).success) throw new HttpError(400, 'The request is not a valid activity.');
    const activity = req.body as Activity;
    let authorization = '';
    if (policy === 'bot-framework') {
      authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    } else if (activity.deliveryMode !== 'expectReplies') {
      // An unauthenticated caller's replies go to this machine only: never a request on someone's behalf elsewhere.
      const serviceUrl = loopbackServiceUrl(activity.serviceUrl);
      if (!serviceUrl) throw new HttpError(403, 'Without bot credentials, replies go only to a loopback serviceUrl.');
      activity.serviceUrl = serviceUrl;
    }
    const authenticated = await adapter.authenticate(activity, authorization);
    const response = await adapter.run(authenticated, activity, logic);
    res.status(response?.status ?? 200);
    if (response?.body === undefined) res.end();
    else res.json(response.body);
  };
}
