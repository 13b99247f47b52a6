// Issues a local Direct Line token: a new conversation bound to one user (ours, or a `u_` id we make up).
import { ChannelError } from './channel-error.js';
import { type ConversationStore, randomId } from './conversation-store.js';
import { tokenRequestSchema } from './schemas.js';

export interface LocalTokenResponse {
  conversationId: string;
  token: string;
  expires_in: number;
}

export function issueLocalToken(store: ConversationStore, body: unknown): LocalTokenResponse {
  const parsed = tokenRequestSchema.safeParse(body ?? {});
  if (!parsed.success) throw new ChannelError(400, 'The token request is not valid.');
  const userId = parsed.data.user?.id ?? `u_${randomId(12)}`;
  const grant = store.create({ id: userId, role: 'user' }, parsed.data.locale);
  return { conversationId: grant.conversation.id, token: grant.token, expires_in: grant.expiresIn };
}
