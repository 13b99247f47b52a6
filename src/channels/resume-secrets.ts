// The per-conversation resume secret: an HMAC of the conversation and its user under a server key (domain-separated),
// so nothing is stored, it survives a restart, every instance with the key agrees, and the ids alone cannot make it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ConversationOfUser {
  conversationId: string;
  userId: string;
}

export class ResumeSecrets {
  private readonly key: Uint8Array;

  constructor(key: string | Uint8Array) {
    this.key = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  }

  /** With Azure's Direct Line, the key comes from its secret: shared by every instance, known to no client. */
  static fromDirectLineSecret(secret: string): ResumeSecrets {
    return new ResumeSecrets(createHmac('sha256', secret).update('intake resume secrets').digest());
  }

  secretOf(grant: ConversationOfUser): string {
    return createHmac('sha256', this.key)
      .update(`resume\n${grant.conversationId}\n${grant.userId}`)
      .digest('base64url');
  }

  /** Whether `secret` is this conversation's resume secret (compared in constant time). */
  matches(grant: ConversationOfUser, secret: string): boolean {
    const expected = Buffer.from(this.secretOf(grant));
    const given = Buffer.from(secret);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
