import type { CloudAdapter } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { MainDialog } from '../dialogs/mainDialog';
import { sendReply } from '../dialogs/replyRenderer';
import { welcomeReply } from '../dialogs/welcome';
import { languageOfLocale } from '../knowledge/conversationLanguage';
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
import { loadKnowledge } from '../knowledge/loader';
import { loadTexts } from '../knowledge/texts';
import { createAdapter } from './adapter';
import { AssistantBot } from './assistantBot';
import type { Config } from './config';
import { lengthLimitedMatcher } from './guards/lengthLimitedMatcher';
import { InFlightTurns } from './inFlightTurns';
import { watchKnowledge } from './knowledgeWatcher';
import { createLogger, secretsOf } from './logger';
import { projectRoot } from './projectRoot';
import { SlidingWindowRateLimit } from './rateLimit';
import { RateLimitMiddleware } from './rateLimitMiddleware';
import { rememberingMatcher } from './recentDecisions';
import { ReloadableDialog } from './reloadableDialog';
import { turnErrorApology } from './turnErrorApology';
import { createServer } from './server';
import { installGracefulShutdown } from './shutdown';
import { createStateStores } from './state/stateStores';
import { createQuestionLog } from './supportEventStorage';
import { TurnLogMiddleware } from './turnLog';

export interface BotApp {
  server: Server;
  adapter: CloudAdapter;
  bot: AssistantBot;
  knowledge: KnowledgeBase;
  turns: InFlightTurns;
  logger: Logger;
}

export interface BotAppOptions {
  /** Replaces MainDialog (tests inject a dialog that fails on purpose). */
  dialog?: Dialog;
  logger?: Logger;
}

/** Builds the whole bot from a validated config: knowledge, matcher, texts, state, dialogs, adapter and server. */
export function createBotApp(config: Config, options: BotAppOptions = {}): BotApp {
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  const knowledge = loadKnowledge(config.KNOWLEDGE_DIR);
  const texts = loadTexts(join(projectRoot, 'knowledge/texts'));
  const { storage, conversationState, userState, turnMiddleware } = createStateStores(config, logger);

  const questionLog = createQuestionLog(config, storage, logger);
  const mainDialog = (current: KnowledgeBase) => {
    const matcher = lengthLimitedMatcher(rememberingMatcher(KnowledgeMatcher.fromKnowledge(current)));
    return new MainDialog({ knowledge: current, matcher, texts, questionLog });
  };
  const dialog = options.dialog ?? new ReloadableDialog(mainDialog(knowledge));
  if (config.KNOWLEDGE_WATCH && dialog instanceof ReloadableDialog) {
    watchKnowledge({ directory: config.KNOWLEDGE_DIR, logger, apply: (reloaded) => dialog.replace(mainDialog(reloaded)) });
  }

  const bot = new AssistantBot({
    conversationState,
    userState,
    dialog,
    sendWelcome: (context) => sendReply(context, welcomeReply(languageOfLocale(context.activity.locale), texts)),
  });
  const adapter = createAdapter({
    config,
    conversationState,
    logger,
    apologyFor: (context) => turnErrorApology(texts, context),
  });
  // The turn log first, so it also sees the turns the rate limit refuses.
  const rateLimit = new SlidingWindowRateLimit({ limit: config.RATE_LIMIT_MESSAGES, windowMs: config.RATE_LIMIT_WINDOW_MS });
  adapter.use(new TurnLogMiddleware(logger, config.LOG_USER_TEXT), new RateLimitMiddleware(rateLimit, texts));
  // After the rate limit, so a refused message does not wait in its conversation's queue.
  adapter.use(...turnMiddleware);
  const turns = new InFlightTurns();
  const server = createServer({ config, adapter, bot, knowledge, turns, logger });
  return { server, adapter, bot, knowledge, turns, logger };
}

/** Listens on every interface at `port` (0 = any free port); resolves with the URL the bot is reachable at. */
function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, () => {
      server.server.off('error', reject);
      resolve(`http://localhost:${(server.address() as AddressInfo).port}`);
    });
  });
}

/** The running bot: built, listening, and shutting down gracefully on SIGTERM/SIGINT. */
export async function startBotApp(config: Config, options: BotAppOptions = {}): Promise<BotApp> {
  const app = createBotApp(config, options);
  const url = await listen(app.server, config.PORT);
  installGracefulShutdown({ httpServer: app.server.server, turns: app.turns, logger: app.logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  app.logger.info({ url, knowledgeEntries: app.knowledge.entries.length }, `social-security assistant listening at ${url}/api/messages`);
  return app;
}
