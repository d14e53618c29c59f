import { hashConversationId, secretsOf } from '../../bot/logger';
import { captureLogs } from './support/logCapture';

const PASSWORD = 'fake-app-password-Xy7~q.8_Zr';
const ACCOUNT_KEY = 'ZmFrZS1hY2NvdW50LWtleS1mb3ItdGVzdHMtb25seQ==';
const CONNECTION_STRING = `DefaultEndpointsProtocol=https;AccountName=fakeaccount;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`;

describe('secretsOf', () => {
  it('finds the credentials in a config by their key names, and the key inside a connection string', () => {
    const secrets = secretsOf({
      MicrosoftAppPassword: PASSWORD,
      DIRECT_LINE_SECRET: 'fake-direct-line-secret',
      BLOB_CONNECTION_STRING: CONNECTION_STRING,
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      LOG_LEVEL: 'info',
      PORT: 3978,
    });
    expect(secrets).toEqual(expect.arrayContaining([PASSWORD, 'fake-direct-line-secret', CONNECTION_STRING, ACCOUNT_KEY]));
    expect(secrets).not.toContain('00000000-0000-0000-0000-000000000001');
    expect(secrets).not.toContain('info');
  });

  it('ignores values too short to be a credential, which would redact ordinary words', () => {
    expect(secretsOf({ BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', SOME_KEY: 'true' })).toEqual(['UseDevelopmentStorage=true']);
  });
});

describe('the logger', () => {
  const logs = () => captureLogs({ secrets: [PASSWORD, CONNECTION_STRING, ACCOUNT_KEY] });

  it('never writes a secret, however it got into the call', () => {
    const capture = logs();
    capture.logger.error({ err: new Error(`login failed for password ${PASSWORD}`) }, 'could not get a token');
    capture.logger.info({ config: { MicrosoftAppPassword: PASSWORD } }, `connecting with ${CONNECTION_STRING}`);
    capture.logger.warn({ url: `https://example.test/?key=${encodeURIComponent(ACCOUNT_KEY)}` }, 'request failed');
    capture.logger.info({ quoted: `"${PASSWORD}"\n\\${PASSWORD}` }, 'escaped forms');
    const text = capture.text();
    for (const secret of [PASSWORD, ACCOUNT_KEY, encodeURIComponent(ACCOUNT_KEY), JSON.stringify(PASSWORD).slice(1, -1)]) {
      expect(text).not.toContain(secret);
    }
    expect(capture.lines()).toHaveLength(4);
    expect(text).toContain('[redacted]');
  });

  it('never writes an Authorization header or a bearer token', () => {
    const capture = logs();
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJl';
    capture.logger.info({ req: { headers: { authorization: `Bearer ${token}` } } }, 'request');
    capture.logger.info({ headers: { Authorization: 'SharedKey fakeaccount:c2lnbmF0dXJl' } }, 'storage request');
    capture.logger.error({ err: new Error(`401 for header Bearer ${token}`) }, 'refused');
    capture.logger.info(`Authorization: Basic ${Buffer.from('user:pass').toString('base64')}`);
    const text = capture.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain('c2lnbmF0dXJl');
    expect(text).not.toContain(Buffer.from('user:pass').toString('base64'));
  });

  it('writes one JSON object per line', () => {
    const capture = logs();
    capture.logger.info({ a: 1 }, 'one');
    capture.logger.warn('two');
    expect(capture.lines().map((line) => [line.level, line.msg])).toEqual([
      [30, 'one'],
      [40, 'two'],
    ]);
  });
});

describe('hashConversationId', () => {
  it('is stable, short, and does not contain the id', () => {
    const id = 'a:1XyZ-personal-chat-id-with-user-and-tenant';
    expect(hashConversationId(id)).toBe(hashConversationId(id));
    expect(hashConversationId(id)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashConversationId(id)).not.toBe(hashConversationId(`${id}x`));
    expect(hashConversationId(undefined)).toBeUndefined();
  });
});
