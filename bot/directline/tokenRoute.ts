import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { localDirectLineDomain } from './addresses';
import { AzureDirectLine, exchangeSecretForToken } from './azureTokenExchange';
import type { CorsPolicy } from './cors';
import { answering, DirectLineError } from './directLineError';
import type { DirectLineTokens, IssuedToken } from './directLineToken';

export const TOKEN_ROUTE = '/api/directline/token';

/** Where the page gets its token: from Azure when a Direct Line secret is configured, otherwise from this server. */
export type TokenSource = { kind: 'azure'; azure: AzureDirectLine } | { kind: 'local'; tokens: DirectLineTokens };

/**
 * The one route the page calls before starting Web Chat. It answers the token and the Direct Line domain to use with
 * it, so the page works unchanged with Azure's Direct Line and with the local one.
 */
export function mountTokenRoute(server: Server, source: TokenSource, cors: CorsPolicy, logger: Logger): void {
  const handler = async (req: Request, res: Response): Promise<void> => {
    await answering(res, async () => {
      let token: IssuedToken;
      let domain: string;
      if (source.kind === 'azure') {
        token = await exchangeSecretForToken(source.azure).catch((error: unknown) => {
          if (error instanceof DirectLineError) logger.error({ code: error.code }, `Direct Line token exchange failed: ${error.message}`);
          throw error;
        });
        domain = source.azure.domain;
      } else {
        token = source.tokens.forNewConversation();
        domain = localDirectLineDomain(req);
      }
      res.header('Cache-Control', 'no-store');
      res.send(200, { ...token, domain });
    });
  };
  cors.mountPreflight(server, TOKEN_ROUTE);
  server.get(TOKEN_ROUTE, cors.headers, handler);
  server.post(TOKEN_ROUTE, cors.headers, handler);
}
