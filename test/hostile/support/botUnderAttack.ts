import type { BotAppOptions } from '../../../bot/app';
import { RunningBot, startBotServer } from '../../support/botServer';
import { ChannelConversation, ConversationOptions } from '../../support/channelConversation';
import { FakeConnector } from '../../support/fakeConnector';
import { captureLogs, LogCapture } from '../../logging/support/logCapture';

/** The whole bot in process, its logs captured, and the fake channel connector it replies to. */
export interface BotUnderAttack {
  bot: RunningBot;
  connector: FakeConnector;
  logs: LogCapture;
  conversation(options?: Partial<ConversationOptions>): ChannelConversation;
  /** POST /api/messages exactly as given (body, headers); resolves with the status, headers and JSON (or text) body. */
  post(body: string | Uint8Array, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: unknown }>;
  close(): Promise<void>;
}

export async function startBotUnderAttack(env: Record<string, string> = {}, options: BotAppOptions = {}): Promise<BotUnderAttack> {
  const logs = captureLogs();
  const [bot, connector] = await Promise.all([startBotServer(env, { logger: logs.logger, ...options }), FakeConnector.start()]);
  return {
    bot,
    connector,
    logs,
    conversation: (conversationOptions = {}) => new ChannelConversation({ botUrl: bot.url, connector, locale: 'en-US', ...conversationOptions }),
    async post(body, headers = { 'content-type': 'application/json' }) {
      const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    close: async () => {
      await Promise.all([bot.close(), connector.close()]);
    },
  };
}
