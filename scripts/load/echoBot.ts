// The baseline `npm run bench:http` compares the bot with: the bot's own app (restify server, CloudAdapter,
// AssistantBot saving its state) with MainDialog swapped for a dialog that repeats the message. What the real bot
// loses against it is the cost of its own work: language, matching, dialogs and replies.
// Run: PORT=3979 npx ts-node --transpile-only scripts/load/echoBot.ts
// First, as in bot/index.ts: the baselines run their patterns as the bot does.
import '../../bot/patternCompilation';
import { MessageFactory } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { startBaselineBot } from './baselineBot';

class EchoDialog extends Dialog {
  constructor() {
    super('echoDialog');
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(MessageFactory.text(dc.context.activity.text ?? ''));
    return dc.endDialog();
  }
}

startBaselineBot(() => new EchoDialog());
