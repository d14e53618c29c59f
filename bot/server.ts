import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import restify from 'restify';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Config } from './config';
import { mountDirectLine } from './directline';
import { messageEndpointGuards } from './guards/messageEndpointGuards';
import { InFlightTurns } from './inFlightTurns';
import { withOpaqueServerErrors } from './opaqueServerErrors';
import { readPackageVersion } from './projectRoot';
import { mountWebChatPage } from './webChatPage';

export interface ServerDependencies {
  config: Config;
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  knowledge: KnowledgeBase;
  /** Turns being processed; shared with the graceful shutdown, which waits for them. */
  turns: InFlightTurns;
  logger: Logger;
}

/** The route modules beside the channel endpoint, each adding its own routes. A new one is mounted here. */
function mountRouteModules(server: restify.Server, { config, adapter, bot, turns, logger }: ServerDependencies): void {
  // Its close() only matters to in-process tests: at shutdown the process exits once the turns have drained.
  mountDirectLine(server, { config, adapter, bot, turns, logger });
  mountWebChatPage(server, { config });
}

/** The HTTP face of the bot: the channel endpoint, a health check, and whatever route modules are mounted. */
export function createServer(deps: ServerDependencies): restify.Server {
  const { config, adapter, bot, knowledge, turns, logger } = deps;
  const server = restify.createServer({ name: 'social-security-assistant' });
  // Without queryParser restify leaves req.query a function, so query strings would be silently ignored.
  server.use(restify.plugins.queryParser());
  // No global body parser: each route reads its own body with its own limits (the channel endpoint's guards read
  // only JSON activities, and would never see a multipart upload written to disk by a global one).

  server.post('/api/messages', ...messageEndpointGuards({ config, turns }), async (req, res) => {
    const response = withOpaqueServerErrors(res, (detail) => logger.error({ detail, url: req.url }, 'a request to /api/messages failed'));
    await turns.track(() => adapter.process(req, response, (context) => bot.run(context)));
  });

  const health = { status: 'ok', version: readPackageVersion(), knowledgeEntries: knowledge.entries.length };
  server.get('/healthz', async (_req, res) => {
    res.send(200, health);
  });

  mountRouteModules(server, deps);

  server.on('restifyError', (req: restify.Request, _res: restify.Response, error: Error & { statusCode?: number }, next: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, method: req.method, url: req.url }, 'request failed');
    next();
  });
  return server;
}
