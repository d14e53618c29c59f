import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DirectLineError } from './directLineError';

/** Web Chat refreshes a token halfway through a 30-minute life, so the lifetime must stay well above 15 minutes. */
export const TOKEN_LIFETIME_SECONDS = 30 * 60;

/**
 * Claims of a local Direct Line token. The token is a JWT like Azure's, because Web Chat decodes it and takes the
 * user id from `user`: the user cannot pick another id (and with it another user's state).
 */
const claimsSchema = z.object({
  conv: z.string().min(1),
  user: z.string().min(1),
  exp: z.number().int(),
});

export type TokenClaims = z.infer<typeof claimsSchema>;

/** The answer of tokens/generate and tokens/refresh, as Direct Line 3.0 (local or Azure) words it. */
export const issuedTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export type IssuedToken = z.infer<typeof issuedTokenSchema>;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

/** A new web chat user. Web Chat treats "dl_" ids as ones only a token may carry, so the user cannot choose them. */
export const newUserId = () => `dl_${randomId(12)}`;

/** Issues and checks the HMAC-signed tokens that bind one user to one conversation. */
export class DirectLineTokens {
  private readonly key: Buffer;

  /** @param secret DIRECT_LINE_TOKEN_SECRET, or undefined for a random key that lives as long as the process. */
  constructor(
    secret: string | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.key = secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
  }

  /** A token for a conversation that does not exist yet, for a new user. */
  forNewConversation(): IssuedToken {
    return this.issue({ conv: randomId(18), user: newUserId() });
  }

  /** A fresh token for the same conversation and user. */
  renew(claims: TokenClaims): IssuedToken {
    return this.issue({ conv: claims.conv, user: claims.user });
  }

  /** The claims of a valid, unexpired token; otherwise a 401 (403 once expired or not signed here) naming the fault. */
  verify(token: string | undefined): TokenClaims {
    if (!token) throw new DirectLineError(401, 'MissingToken', 'a Direct Line token is required (Authorization: Bearer <token>)');
    const [header, payload, signature, ...rest] = token.split('.');
    if (header !== HEADER || payload === undefined || signature === undefined || rest.length) {
      throw new DirectLineError(401, 'BadToken', 'the token is not a Direct Line token of this server');
    }
    const expected = this.sign(`${header}.${payload}`);
    const given = Buffer.from(signature, 'base64url');
    // 403, as for an expired token: a token of this server's format it did not sign is most often one it signed before
    // a restart (a random key each process), and Web Chat then learns at once that the conversation cannot go on. The
    // page starts a new one, where with a 401 Web Chat kept retrying for minutes and every message failed.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new DirectLineError(403, 'TokenNotValid', 'the token was not signed by this server (it may have restarted since)');
    }
    const claims = claimsSchema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!claims.success) throw new DirectLineError(401, 'BadToken', 'the token claims are malformed');
    // 403 as Azure Direct Line answers it: Web Chat (DirectLineJS) reads 403 as an expired token and stops retrying
    // with it, where a 401 is retried as a passing error.
    if (claims.data.exp * 1000 <= this.now()) throw new DirectLineError(403, 'TokenExpired', 'the token has expired');
    return claims.data;
  }

  private issue({ conv, user }: Omit<TokenClaims, 'exp'>): IssuedToken {
    const claims: TokenClaims = { conv, user, exp: Math.floor(this.now() / 1000) + TOKEN_LIFETIME_SECONDS };
    const unsigned = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return {
      conversationId: conv,
      token: `${unsigned}.${this.sign(unsigned).toString('base64url')}`,
      expires_in: TOKEN_LIFETIME_SECONDS,
    };
  }

  private sign(data: string): Buffer {
    return createHmac('sha256', this.key).update(data).digest();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
