// Per-address request budgets for public routes: the widget's and the dashboard's sign-in (express-rate-limit; the address
// honours TRUST_PROXY).
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './http-error.js';

export interface AddressLimitOptions {
  /** Requests per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

const pass: RequestHandler = (_req, _res, next) => next();

export function addressLimit({ limit, windowMs }: AddressLimitOptions): RequestHandler {
  if (limit <= 0) return pass;
  return rateLimit({
    limit,
    windowMs,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // The start message and README say how TRUST_PROXY is set; the library's console warnings would only repeat it.
    validate: false,
    handler: (_req, _res, next, options) => {
      const retryAfter = String(Math.ceil(options.windowMs / 1000));
      next(new HttpError(429, 'Too many requests. Please try again in a minute.', { 'Retry-After': retryAfter }));
    },
  });
}
