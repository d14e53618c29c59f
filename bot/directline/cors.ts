import type { IncomingMessage } from 'node:http';
import type { Next, Request, Response, Server } from 'restify';

// Direct Line JS sends x-ms-bot-agent with every call; without it in the list a cross-origin preflight fails.
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, x-ms-bot-agent, x-requested-with';
const PREFLIGHT_CACHE_SECONDS = 600;

/** Which other sites may call the token and Direct Line routes (WEBCHAT_ALLOWED_ORIGINS). Same-origin needs nothing. */
export class CorsPolicy {
  constructor(private readonly allowedOrigins: readonly string[]) {}

  allows(origin: string | undefined): origin is string {
    return origin !== undefined && (this.allowedOrigins.includes('*') || this.allowedOrigins.includes(origin));
  }

  /**
   * Browsers do not apply CORS to WebSockets, so the stream checks the Origin itself: no Origin (not a browser), the
   * page's own origin, or an allowed one.
   */
  allowsWebSocket(req: IncomingMessage): boolean {
    const { origin, host } = req.headers;
    if (origin === undefined) return true;
    try {
      if (new URL(origin).host === host) return true;
    } catch {
      return false;
    }
    return this.allows(origin);
  }

  /** Route middleware: marks the answer readable by an allowed origin. */
  readonly headers = (req: Request, res: Response, next: Next): void => {
    res.header('Vary', 'Origin');
    const { origin } = req.headers;
    if (this.allows(origin)) res.header('Access-Control-Allow-Origin', origin);
    next();
  };

  /** Answers the preflight of a cross-origin call to the path (a disallowed origin gets no Allow headers). */
  mountPreflight(server: Server, path: string): void {
    server.opts(path, (req: Request, res: Response, next: Next) => {
      res.header('Vary', 'Origin');
      const { origin } = req.headers;
      if (this.allows(origin)) {
        res.header('Access-Control-Allow-Origin', origin);
        res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.header('Access-Control-Max-Age', String(PREFLIGHT_CACHE_SECONDS));
      }
      res.send(204);
      next();
    });
  }
}
