import { BotApp, BotAppOptions, createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { listenOnFreePort } from './freePort';

/** The whole bot (the same composition as bot/index.ts) running in the test process. */
export interface RunningBot {
  app: BotApp;
  /** Base URL, e.g. http://127.0.0.1:41234. */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the bot from `env` (validated like the real environment; logs silenced unless LOG_LEVEL is given) and
 * listens on a free loopback port. Faster than a child process and lets a test inject a dialog.
 */
export async function startBotServer(env: Record<string, string> = {}, options: BotAppOptions = {}): Promise<RunningBot> {
  const app = createBotApp(parseConfig({ LOG_LEVEL: 'silent', ...env }), options);
  const url = await listenOnFreePort(app.server.server);
  return {
    app,
    url,
    close: () => {
      app.server.server.closeAllConnections();
      return new Promise((resolve) => app.server.close(() => resolve()));
    },
  };
}
