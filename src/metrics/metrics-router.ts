// GET /metrics for Prometheus, behind `Authorization: Bearer METRICS_TOKEN`: refused without it (and always refused
// when no token is configured), compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { HttpError } from '../http/http-error.js';
import type { ServiceMetrics } from './service-metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function metricsRouter(metrics: ServiceMetrics, token: string | undefined): Router {
  const router = Router();
  const expected = token ? digest(token) : undefined;
  router.get('/metrics', async (req, res) => {
    const presented = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!expected || !presented || !timingSafeEqual(digest(presented), expected)) {
      const message = expected ? 'Send the metrics bearer token.' : 'Metrics need METRICS_TOKEN to be set.';
      throw new HttpError(401, message, { 'WWW-Authenticate': 'Bearer' });
    }
    res.set('Cache-Control', 'no-store');
    res.type(metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  return router;
}
