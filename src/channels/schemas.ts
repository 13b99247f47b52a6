// Zod schemas for everything the local Direct Line and the token routes read from a request.
import { z } from 'zod';

const localeTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** A user id this server issued (with Azure, the `dl_` one inside Azure's signed token). */
const issuedUserId = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9_.:@-]+$/);

/** A user id the client may ask for; Web Chat reserves `dl_` for ids embedded in signed tokens. */
const userId = issuedUserId.refine((id) => !id.startsWith('dl_'), 'user ids starting with dl_ are reserved');

/** Optional body of tokens/generate (and of the local /api/directline/token). */
export const tokenRequestSchema = z
  .object({ user: z.object({ id: userId.optional() }).loose().optional(), locale: localeTag.optional() })
  .loose();

/** Optional body of POST /conversations: DirectLineJS sends `{ user: { id }, locale }`, id and locale possibly absent. */
export const startConversationSchema = z
  .object({
    user: z
      .object({ id: z.string().max(256).optional() })
      .loose()
      .optional(),
    locale: localeTag.optional(),
  })
  .loose();

/** `?watermark=` as DirectLineJS sends it: absent, empty, or a sequence number (milliseconds-based, 13 digits today). */
export const watermarkSchema = z.object({
  watermark: z
    .string()
    .regex(/^\d{0,15}$/)
    .optional()
    .transform((value) => (value ? Number(value) : undefined)),
});

/** What a client may post; everything else in its activity is left behind. */
export const userActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(1_000_000).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    value: z.unknown().optional(),
    name: z.string().max(256).optional(),
    locale: localeTag.optional(),
    from: z
      .object({ id: z.string().max(256).optional(), name: z.string().max(256).optional() })
      .loose()
      .optional(),
    channelData: z
      .object({ clientActivityID: z.string().min(1).max(256).optional() })
      .loose()
      .optional(),
  })
  .loose()
  .refine(
    (activity) => activity.type !== 'message' || activity.text !== undefined || activity.value !== undefined,
    'a message needs text or a value',
  )
  .refine((activity) => activity.type !== 'event' || activity.name !== undefined, 'an event needs a name');
export type UserActivity = z.infer<typeof userActivitySchema>;

/** The real Direct Line service's tokens/generate answer. */
export const directLineTokenSchema = z.object({
  conversationId: z.string().min(1).max(1024),
  token: z.string().min(1).max(8192),
  // Azure's reconnect answer may leave it out; its tokens live 30 minutes.
  expires_in: z.number().int().positive().default(1_800),
});

const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);

/**
 * Reconnecting a conversation after a reload or in another tab: its ids plus a proof, the previous token (up to 24 h
 * after it expired) or the conversation's resume secret; the conversation id alone proves nothing.
 */
export const resumeRequestSchema = z
  .object({
    conversationId: base64url(128),
    userId: issuedUserId,
    token: z.string().min(1).max(4_096).optional(),
    resumeSecret: base64url(128).optional(),
    locale: localeTag.optional(),
  })
  .refine((request) => request.token !== undefined || request.resumeSecret !== undefined, 'a token or a resume secret');
export type ResumeRequest = z.infer<typeof resumeRequestSchema>;

/** A resume code as typed into the widget ("Continue with a code"): parsed further by the engine's resume-code rules. */
export const resumeCodeRequestSchema = z.object({
  code: z.string().min(1).max(64),
  locale: localeTag.optional(),
});
