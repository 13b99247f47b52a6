// A light in-memory fixed-window rate limit per client address (token routes only; no store, no dependency).
import type { RequestHandler } from 'express';
import { ChannelError } from './channel-error.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

const maxTrackedClients = 10_000;

export function rateLimit({ limit, windowMs, now = () => Date.now() }: RateLimitOptions): RequestHandler {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return (req, res, next) => {
    const at = now();
    if (windows.size >= maxTrackedClients) {
      for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
      if (windows.size >= maxTrackedClients) windows.clear();
    }
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let window = windows.get(key);
    if (!window || window.resetAt <= at) {
      window = { count: 0, resetAt: at + windowMs };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit) {
      res.setHeader('Retry-After', String(Math.ceil((window.resetAt - at) / 1000)));
      next(new ChannelError(429, 'Too many requests. Please try again in a minute.'));
      return;
    }
    next();
  };
}
