import { createSign, generateKeyPairSync } from 'node:crypto';

export const APP_ID = '6f1f7a4e-3b0a-4c59-9d4e-0a1b2c3d4e5f';

const base64url = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/**
 * A JWT shaped exactly like the Bot Connector's (its issuer, our app id as audience, valid times) but signed with a
 * key of our own: only the signature check can refuse it, and that needs the Bot Framework's published keys.
 */
function forgedConnectorToken(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' });
  const payload = base64url({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 3600 });
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Authorization headers that must not get a request through, refused before any network call. */
export const rejectedWithoutNetwork: Array<{ name: string; authorization?: string }> = [
  { name: 'no Authorization header' },
  { name: 'an empty Authorization header', authorization: '' },
  { name: 'a bearer scheme with no token', authorization: 'Bearer ' },
  { name: 'a token that is not a JWT', authorization: 'Bearer not-a-token' },
  { name: 'another scheme', authorization: 'Basic dXNlcjpwYXNzd29yZA==' },
  {
    name: 'a JWT from an issuer the Bot Framework does not trust',
    authorization: `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: 'https://evil.example.com', aud: APP_ID })}.`,
  },
];

/** Refused only once the signature is checked against keys the bot must fetch from the Bot Framework. */
export const forgedAuthorization = `Bearer ${forgedConnectorToken()}`;
