// Addresses of the dashboard as staff and alerts give them out: the public URL, else this machine's port.
import type { Environment } from '../config.js';

export const publicBase = (env: Pick<Environment, 'PUBLIC_URL' | 'PORT'>): string =>
  (env.PUBLIC_URL ?? `http://localhost:${env.PORT || 3978}`).replace(/\/+$/, '');

export const setupLink = (env: Pick<Environment, 'PUBLIC_URL' | 'PORT'>, token: string): string =>
  `${publicBase(env)}/review/setup/${token}`;

export const recordLink = (env: Pick<Environment, 'PUBLIC_URL' | 'PORT'>, recordId: string): string =>
  `${publicBase(env)}/review/intakes/${encodeURIComponent(recordId)}`;
