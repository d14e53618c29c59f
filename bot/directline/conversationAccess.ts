import type { IncomingMessage } from 'node:http';
import { DIRECT_LINE_PATH } from './addresses';
import type { Conversation, ConversationStore } from './conversationStore';
import { DirectLineError } from './directLineError';
import type { DirectLineTokens, TokenClaims } from './directLineToken';

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

/** A watermark as Direct Line JS sends it: absent or empty at first, then the number it was last given. */
export function parseWatermark(value: unknown): number {
  if (value === undefined || value === '') return 0;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  throw new DirectLineError(400, 'BadArgument', 'watermark must be a whole number (the watermark of the last answer)');
}

/** Decides who may use a conversation: only the holder of a valid token issued for that very conversation. */
export class ConversationAccess {
  constructor(
    readonly tokens: DirectLineTokens,
    readonly conversations: ConversationStore,
  ) {}

  /** The conversation; 401 without a valid token, 403 with an expired one or one for another conversation, 404 once it has ended. */
  open(token: string | undefined, conversationId: string): { claims: TokenClaims; conversation: Conversation } {
    const claims = this.tokens.verify(token);
    if (claims.conv !== conversationId) {
      throw new DirectLineError(403, 'Forbidden', 'the token was issued for another conversation');
    }
    const conversation = this.conversations.find(conversationId);
    if (!conversation) {
      throw new DirectLineError(404, 'ConversationNotFound', `the conversation has ended or was not started (POST ${DIRECT_LINE_PATH}/conversations)`);
    }
    return { claims, conversation };
  }
}
