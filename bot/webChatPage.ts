import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { DirectLineConfig } from './directline/directLineConfig';
import { projectRoot } from './projectRoot';

const gzipAsync = promisify(gzip);

/** Bot Framework Web Chat's browser bundle, served from node_modules: the page fetches nothing from the internet. */
const webChatBundle = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

const webFile = (name: string) => join(projectRoot, 'web', name);

const ASSETS: ReadonlyArray<{ route: string; file: string; type: string }> = [
  { route: '/', file: webFile('index.html'), type: 'text/html; charset=utf-8' },
  { route: '/webchat/app.js', file: webFile('app.js'), type: 'text/javascript; charset=utf-8' },
  { route: '/webchat/app.css', file: webFile('app.css'), type: 'text/css; charset=utf-8' },
  { route: '/webchat/icon.svg', file: webFile('icon.svg'), type: 'image/svg+xml' },
  { route: '/webchat/webchat.js', file: webChatBundle, type: 'text/javascript; charset=utf-8' },
];

export interface WebChatPageDependencies {
  config: Pick<DirectLineConfig, 'WEBCHAT_ALLOWED_ORIGINS'>;
}

/**
 * Web Chat needs inline styles (it styles with emotion) and talks to the Direct Line over https and wss, Azure's or
 * this server's. Scripts only from here. Only the allowed origins may frame the page.
 */
function contentSecurityPolicy(allowedOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self' https: wss:",
    `frame-ancestors 'self'${allowedOrigins.map((origin) => ` ${origin}`).join('')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** One file kept in memory, with its ETag and, made on first demand, its gzip form (Web Chat's bundle is 3.9 MB). */
class StaticAsset {
  private readonly body: Buffer;
  private readonly etag: string;
  private gzipped?: Promise<Buffer>;

  constructor(
    file: string,
    private readonly headers: Record<string, string>,
  ) {
    this.body = readFileSync(file);
    this.etag = `"${createHash('sha256').update(this.body).digest('base64url').slice(0, 27)}"`;
  }

  async send(req: Request, res: Response): Promise<void> {
    // no-cache = revalidate each time: the file names carry no version, and a 304 costs one round trip.
    const headers = { ...this.headers, ETag: this.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === this.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip ? await (this.gzipped ??= gzipAsync(this.body)) : this.body;
    res.writeHead(200, { ...headers, 'Content-Length': body.length, ...(acceptsGzip && { 'Content-Encoding': 'gzip' }) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

/** The chat page at / and its assets under /webchat/. Files are read once, when mounted. */
export function mountWebChatPage(server: Server, { config }: WebChatPageDependencies): void {
  const security = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': contentSecurityPolicy(config.WEBCHAT_ALLOWED_ORIGINS),
  };
  for (const { route, file, type } of ASSETS) {
    const asset = new StaticAsset(file, { 'Content-Type': type, ...security });
    const handler = async (req: Request, res: Response) => asset.send(req, res);
    server.get(route, handler);
    server.head(route, handler);
  }
}
