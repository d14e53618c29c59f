import { DirectLineError } from './directLineError';
import { IssuedToken, issuedTokenSchema, newUserId } from './directLineToken';

const UPSTREAM_TIMEOUT_MS = 10_000;

export interface AzureDirectLine {
  /** DIRECT_LINE_SECRET: sent to Azure only, never to the browser. */
  secret: string;
  /** DIRECT_LINE_DOMAIN, e.g. https://directline.botframework.com/v3/directline. */
  domain: string;
}

/**
 * Trades the Direct Line secret for a token bound to one new conversation. The user id goes into the token, so Web
 * Chat uses it and the user cannot pose as another.
 */
export async function exchangeSecretForToken({ secret, domain }: AzureDirectLine): Promise<IssuedToken> {
  const url = `${domain}/tokens/generate`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: newUserId() } }),
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
  } catch (error) {
    throw new DirectLineError(502, 'UpstreamUnavailable', `could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    // 403 there means DIRECT_LINE_SECRET is wrong or revoked: the operator has to act, the user can only retry later.
    throw new DirectLineError(502, 'UpstreamRefused', `${url} answered HTTP ${response.status} (check DIRECT_LINE_SECRET)`);
  }
  const token = issuedTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!token.success) throw new DirectLineError(502, 'UpstreamMalformed', `${url} answered without conversationId, token and expires_in`);
  return token.data;
}
