// Security headers on every response (helmet): a strict Content-Security-Policy with a fresh nonce per request, and
// one framing rule per page: the chat may be framed by the practice's own sites, the Teams tab's pages by Teams, every
// other page only by this one.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** Origins the practice allows to embed the chat (`widget.allowedOrigins`). */
  embedOrigins: readonly string[];
  /** Paths of the pages that may be embedded (the chat). */
  embeddablePaths: ReadonlySet<string>;
  /** Azure Direct Line hosts the page must reach when the widget uses Azure's Direct Line. */
  connectOrigins: readonly string[];
  /** The Teams tab: its pages may be framed by the Teams clients (only when Teams sign-in is set up). */
  teamsTab?: {
    isTabPath: (path: string) => boolean;
    frameAncestors: readonly string[];
    /** What teams-js itself fetches on those pages (its list of valid Teams hosts). */
    connectOrigins: readonly string[];
  };
}

/** Azure's Direct Line (global and regional), over https and, for its stream, wss. */
export const azureDirectLineOrigins = [
  'https://directline.botframework.com',
  'wss://directline.botframework.com',
  'https://*.directline.botframework.com',
  'wss://*.directline.botframework.com',
];

/**
 * The hash of an empty <style>: Web Chat's scroll-to-bottom layer inserts one without the nonce and then fills it
 * through the CSSOM, which CSP does not govern. An empty style element can do nothing, so allowing it costs nothing.
 */
const emptyStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The nonce of this response: Web Chat gets it to mark the styles it injects (`style-src 'nonce-…'`). */
export const cspNonce = (res: Response): string => String(res.locals.cspNonce ?? '');

// helmet hands its directive functions Node's own request and response; under Express they are Express's.
const asExpress = (res: ServerResponse) => res as unknown as Response;
const asExpressRequest = (req: IncomingMessage) => req as unknown as Request;

export function securityHeaders(options: SecurityHeaderOptions): RequestHandler[] {
  const nonce: RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
  const frameAncestors = (path: string) => {
    if (options.embeddablePaths.has(path)) return ["'self'", ...options.embedOrigins];
    if (options.teamsTab?.isTabPath(path)) return ["'self'", ...options.teamsTab.frameAncestors];
    return ["'self'"];
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(asExpress(res))}'`, emptyStyleHash],
        imgSrc: ["'self'", 'blob:', 'data:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'blob:', 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: [
          "'self'",
          ...options.connectOrigins,
          (req) =>
            options.teamsTab?.isTabPath(asExpressRequest(req).path) ? options.teamsTab.connectOrigins.join(' ') : '',
        ],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: [(req) => frameAncestors(asExpressRequest(req).path).join(' ')],
        upgradeInsecureRequests: null,
      },
    },
    // frame-ancestors says who may frame each page; X-Frame-Options cannot name other sites, so it is left out.
    xFrameOptions: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    // The embed script and the chat are meant to be loaded from the practice's own sites.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  return [nonce, headers];
}
