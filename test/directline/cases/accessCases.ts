import { DirectLineTokens } from '../../../bot/directline/directLineToken';

/** The two conversations of the access tests: `own` is the one the request is about. */
export interface AccessContext {
  own: { conversationId: string; token: string; userId: string };
  other: { conversationId: string; token: string };
  /** DIRECT_LINE_TOKEN_SECRET of the server under test. */
  secret: string;
}

export interface AccessCase {
  name: string;
  token: (context: AccessContext) => string | undefined;
  status: 401 | 403;
  code: string;
}

const THIRTY_ONE_MINUTES_MS = 31 * 60 * 1000;

/** Every way a request can lack the right to a conversation, and how the server must answer it. */
export const accessCases: AccessCase[] = [
  { name: 'no token', token: () => undefined, status: 401, code: 'MissingToken' },
  { name: 'a token that is not a JWT', token: () => 'not-a-token', status: 401, code: 'BadToken' },
  {
    name: 'a token signed with another key',
    token: ({ own }) => new DirectLineTokens('another key that is at least 32 characters').renew({ conv: own.conversationId, user: own.userId, exp: 0 }).token,
    status: 403,
    code: 'TokenNotValid',
  },
  {
    name: 'a token whose claims were changed after signing',
    token: ({ own, other }) => {
      const [header, , signature] = other.token.split('.');
      const claims = { conv: own.conversationId, user: own.userId, exp: Math.floor(Date.now() / 1000) + 600 };
      return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    },
    status: 403,
    code: 'TokenNotValid',
  },
  {
    name: 'an expired token',
    token: ({ own, secret }) =>
      new DirectLineTokens(secret, () => Date.now() - THIRTY_ONE_MINUTES_MS).renew({ conv: own.conversationId, user: own.userId, exp: 0 }).token,
    status: 403,
    code: 'TokenExpired',
  },
  { name: 'a valid token for another conversation', token: ({ other }) => other.token, status: 403, code: 'Forbidden' },
];
