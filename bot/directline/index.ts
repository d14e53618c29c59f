import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { InFlightTurns } from '../inFlightTurns';
import { mountActivityStream } from './activityStream';
import { loopbackServiceUrl } from './addresses';
import { ConversationAccess } from './conversationAccess';
import { ConversationLimits, ConversationStore, DEFAULT_CONVERSATION_LIMITS } from './conversationStore';
import { mountConnectorRoutes } from './connectorRoutes';
import { CorsPolicy } from './cors';
import type { DirectLineConfig } from './directLineConfig';
import { mountDirectLineRoutes } from './directLineRoutes';
import { DirectLineTokens } from './directLineToken';
import { deliverInProcess, LoopbackKey } from './loopbackConnector';
import { mountTokenRoute } from './tokenRoute';

export interface DirectLineDependencies {
  /** The host's validated config: the web chat keys and the bot's app id (unset for local use without auth). */
  config: DirectLineConfig & { MicrosoftAppId?: string };
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  /** Web chat turns count as turns in flight, so a graceful shutdown waits for their answers too. */
  turns: InFlightTurns;
  logger: Logger;
  /** How much of the conversations the process keeps in memory; tests lower it. */
  limits?: ConversationLimits;
}

export interface DirectLineEndpoint {
  /** Stops the idle sweep and closes the open streams, which would otherwise hold the HTTP server open. */
  close(): void;
}

const IDLE_SWEEP_INTERVAL_MS = 60_000;

/**
 * The web chat's channel: GET/POST /api/directline/token for the page, and, unless DIRECT_LINE_SECRET hands the job
 * to Azure, a Direct Line 3.0 endpoint under /v3/directline with its WebSocket stream and the connector routes the
 * bot replies to.
 */
export function mountDirectLine(server: Server, deps: DirectLineDependencies): DirectLineEndpoint {
  const { config, adapter, bot, turns, logger, limits = DEFAULT_CONVERSATION_LIMITS } = deps;
  const cors = new CorsPolicy(config.WEBCHAT_ALLOWED_ORIGINS);

  if (config.DIRECT_LINE_SECRET) {
    mountTokenRoute(server, { kind: 'azure', azure: { secret: config.DIRECT_LINE_SECRET, domain: config.DIRECT_LINE_DOMAIN } }, cors, logger);
    logger.info({ domain: config.DIRECT_LINE_DOMAIN }, 'web chat uses Azure Direct Line');
    return { close: () => undefined };
  }

  const tokens = new DirectLineTokens(config.DIRECT_LINE_TOKEN_SECRET);
  const conversations = new ConversationStore(limits);
  const access = new ConversationAccess(tokens, conversations);
  const key = new LoopbackKey();
  const deliver = deliverInProcess({ adapter, logic: (context) => bot.run(context), botAppId: config.MicrosoftAppId ?? '', key });

  mountTokenRoute(server, { kind: 'local', tokens }, cors, logger);
  mountDirectLineRoutes(server, {
    access,
    deliver: (activity) => turns.track(() => deliver(activity)),
    serviceUrl: () => loopbackServiceUrl(server.address()),
    cors,
    logger,
  });
  mountConnectorRoutes(server, key, conversations);
  const stream = mountActivityStream(server.server, access, cors, logger);
  const sweep = setInterval(() => conversations.expireIdle(), IDLE_SWEEP_INTERVAL_MS).unref();
  const tokenKey = config.DIRECT_LINE_TOKEN_SECRET ? 'DIRECT_LINE_TOKEN_SECRET' : 'random per process';
  logger.info({ tokenKey }, 'web chat uses the local Direct Line at /v3/directline');

  return {
    close() {
      clearInterval(sweep);
      stream.close();
      conversations.clear();
    },
  };
}
