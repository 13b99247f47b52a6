// The queue's filters as they arrive in a query string or a form: codes and dates only, checked with zod. A parameter
// the queue does not know is refused rather than ignored, so a name never rides along in a URL or an access log.
import { z } from 'zod';
import { triageLevels } from '../../../dialogs/crisis-policy.js';
import { HttpError } from '../../http/http-error.js';
import { type QueueFilters, reviewStates } from '../../store/review-types.js';

export const recordStatuses = ['in-progress', 'submitted', 'abandoned', 'declined'] as const;

/** An empty field in a form means "any". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** A day (the form's date input) or an instant. */
const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const filterShape = {
  status: optional(z.enum(recordStatuses)),
  triage: optional(z.enum(triageLevels)),
  review: optional(z.enum(reviewStates)),
  from: optional(day),
  to: optional(day),
};

export const queueQuerySchema = z.strictObject({
  ...filterShape,
  cursor: optional(z.string().max(200)),
  limit: optional(z.coerce.number().int().min(1).max(100)),
  lang: optional(z.string().max(8)),
});

export const searchBodySchema = z.strictObject({
  ...filterShape,
  q: z.string().trim().min(1).max(200),
  _csrf: z.string().max(200).optional(),
  lang: optional(z.string().max(8)),
});

/** Days are whole days: `to` 2026-03-01 means up to the end of that day. */
function dayBound(value: string | undefined, end: boolean): string | undefined {
  if (!value) return undefined;
  if (value.length > 10) return new Date(value).toISOString();
  const start = new Date(`${value}T00:00:00.000Z`);
  return end ? new Date(start.getTime() + 86_400_000).toISOString() : start.toISOString();
}

export function toQueueFilters(parsed: {
  status?: string | undefined;
  triage?: string | undefined;
  review?: (typeof reviewStates)[number] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): QueueFilters {
  return {
    status: parsed.status,
    triage: parsed.triage,
    review: parsed.review,
    from: dayBound(parsed.from, false),
    to: dayBound(parsed.to, true),
  };
}

/** zod's verdict as a 400 that names the parameter, never its value. */
export function parseOr400<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'request');
  throw new HttpError(400, `That request was not valid (${where}).`);
}
