import { CloudAdapter, ConversationState, MemoryStorage, UserState } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino, { Logger } from 'pino';
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
import { InFlightTurns } from './inFlightTurns';
import { projectRoot } from './projectRoot';
import { turnErrorApology } from './turnErrorApology';
import { createServer } from './server';
import { installGracefulShutdown } from './shutdown';

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
  // Synchronous writes: the shutdown ends in process.exit, which would cut off or reorder lines still being written.
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL }, pino.destination({ sync: true }));
  const knowledge = loadKnowledge(config.KNOWLEDGE_DIR);
  const texts = loadTexts(join(projectRoot, 'knowledge/texts'));
  const dialog = options.dialog ?? new MainDialog({ knowledge, matcher: KnowledgeMatcher.fromKnowledge(knowledge), texts });

  // MemoryStorage: conversations live as long as the process. A multi-instance deployment would need shared storage.
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);

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
