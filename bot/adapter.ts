import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config';
import { hashConversationId } from './logger';
import { StorageError } from './state/storageErrors';

export interface AdapterDependencies {
  config: Pick<Config, 'MicrosoftAppType' | 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId'>;
  conversationState: ConversationState;
  logger: Logger;
  /** The apology the user sees when a turn fails, in the conversation's language. */
  apologyFor(context: TurnContext): string;
}

/** The channel adapter, authenticated from the validated config (not raw process.env), that survives a failing turn. */
export function createAdapter({ config, conversationState, logger, apologyFor }: AdapterDependencies): CloudAdapter {
  const { MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId } = config;
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppType,
    MicrosoftAppId,
    MicrosoftAppPassword,
    MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(authentication);

  adapter.onTurnError = async (context, error) => {
    const { activity } = context;
    logger.error(
      { err: error, channel: activity.channelId, conversation: hashConversationId(activity.conversation?.id), activityType: activity.type },
      'turn failed',
    );
    // Each step on its own: the apology must not be lost because the state or the trace could not be written.
    await attempt(logger, 'could not send the apology', async () => {
      await context.sendActivity(apologyFor(context));
    });
    await attempt(logger, 'could not send the error trace', async () => {
      // Only the Emulator receives traces (the adapter drops them for other channels).
      await context.sendTraceActivity('OnTurnError Trace', String(error), 'https://www.botframework.com/schemas/error', 'TurnError');
    });
    // Whatever led to the error may sit in the conversation state: start the conversation afresh. Unless the storage
    // failed: the state is not at fault then, and the conversation goes on where it was once the storage is back.
    if (error instanceof StorageError) return;
    await attempt(logger, 'could not clear the conversation state', async () => {
      await conversationState.delete(context);
      await conversationState.saveChanges(context);
    });
  };
  return adapter;
}

async function attempt(logger: Logger, failure: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    logger.error({ err: error }, failure);
  }
}
