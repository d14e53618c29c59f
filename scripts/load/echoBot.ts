// The baseline `npm run bench:http` compares the bot with: the bot's own app (restify server, CloudAdapter,
// AssistantBot saving its state) with MainDialog swapped for a dialog that repeats the message. What the real bot
// loses against it is the cost of its own work: language, matching, dialogs and replies.
// Run: PORT=3979 npx ts-node --transpile-only scripts/load/echoBot.ts
import { MessageFactory } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { startBotApp } from '../../bot/app';
import { ConfigError, loadEnvFile, parseConfig } from '../../bot/config';

class EchoDialog extends Dialog {
  constructor() {
    super('echoDialog');
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(MessageFactory.text(dc.context.activity.text ?? ''));
    return dc.endDialog();
  }
}

async function startEchoBot(): Promise<void> {
  // Like bot/index.ts, so the same .env applies to both bots being compared.
  loadEnvFile();
  await startBotApp(parseConfig(process.env), { dialog: new EchoDialog() });
}

startEchoBot().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
