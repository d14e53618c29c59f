import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import restify from 'restify';
import { InFlightTurns } from '../../../bot/inFlightTurns';
import { mountDirectLine, DirectLineDependencies, DirectLineEndpoint } from '../../../bot/directline';
import { directLineConfigSchema } from '../../../bot/directline/directLineConfig';
import { listenOnFreePort } from '../../support/freePort';

/** A bot that only shows what the channel delivered: who joined (and in which locale) and what was said. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(`welcome ${member.id} ${context.activity.locale ?? 'no-locale'}`);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}

export interface RunningServer {
  baseUrl: string;
  endpoint: DirectLineEndpoint;
  close(): Promise<void>;
}

/** A restify server with the echo bot on the same CloudAdapter the real bot uses, on a free loopback port. */
export async function startEchoBotServer(env: Record<string, string> = {}, limits?: DirectLineDependencies['limits']): Promise<RunningServer> {
  const server = restify.createServer();
  const endpoint = mountDirectLine(server, {
    config: directLineConfigSchema.parse(env),
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    bot: new EchoBot(),
    turns: new InFlightTurns(),
    logger: pino({ level: 'silent' }),
    limits,
  });
  const baseUrl = await listenOnFreePort(server.server);
  return {
    baseUrl,
    endpoint,
    close: async () => {
      endpoint.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
