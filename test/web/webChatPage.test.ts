import { readFileSync } from 'node:fs';
import { get, IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import restify from 'restify';
import { directLineConfigSchema } from '../../bot/directline/directLineConfig';
import { projectRoot } from '../../bot/projectRoot';
import { mountWebChatPage } from '../../bot/webChatPage';
import { listenOnFreePort } from '../support/freePort';

/** A GET as it goes over the wire; fetch would inflate a gzip body before the test sees it. */
function getRaw(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the chat page and its files', () => {
  let server: restify.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = restify.createServer();
    mountWebChatPage(server, { config: directLineConfigSchema.parse({ WEBCHAT_ALLOWED_ORIGINS: 'https://partner.example.com' }) });
    baseUrl = await listenOnFreePort(server.server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('/ is the page, framable only by itself and the allowed origins, running scripts only from here', async () => {
    const response = await fetch(`${baseUrl}/`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Social Security Assistant · 社保助手</title>');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'self' https://partner.example.com");
  });

  test('Web Chat comes from node_modules, gzipped for browsers that accept it', async () => {
    const response = await getRaw(`${baseUrl}/webchat/webchat.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    const bundle = readFileSync(join(projectRoot, 'node_modules/botframework-webchat/dist/webchat.js'));

    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).equals(bundle)).toBe(true);
  });

  test('a browser that has a file already is answered 304 without the body', async () => {
    const first = await fetch(`${baseUrl}/webchat/app.js`);
    const etag = first.headers.get('etag') ?? '';

    const again = await fetch(`${baseUrl}/webchat/app.js`, { headers: { 'If-None-Match': etag } });

    expect(etag).not.toBe('');
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test.each(['app.js', 'app.css', 'icon.svg'])('/webchat/%s is the file in web/', async (name) => {
    const response = await fetch(`${baseUrl}/webchat/${name}`, { headers: { 'Accept-Encoding': 'identity' } });

    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(projectRoot, 'web', name)))).toBe(true);
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});
