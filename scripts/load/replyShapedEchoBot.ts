// A second baseline for `npm run bench:http -- --baseline reply-shaped`: the echo bot, except that it answers the way
// the real bot does. Its reply is a Markdown answer from the knowledge with five buttons, and its conversation state
// changes on every message, as the bot's does. It detects no language, matches nothing and runs no dialog logic, so
// the real bot against it measures the bot's own work alone. Against the plain echo, it measures what the server
// stack charges for replies and state of the bot's shape.
// Run: PORT=3979 npx ts-node --transpile-only scripts/load/replyShapedEchoBot.ts
// First, as in bot/index.ts: the baselines run their patterns as the bot does.
import '../../bot/patternCompilation';
import { ActivityTypes } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { titleButton } from '../../dialogs/reply';
import { sendReply } from '../../dialogs/replyRenderer';
import { languageOfLocale } from '../../knowledge/conversationLanguage';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { loadKnowledge } from '../../knowledge/loader';
import { startBaselineBot } from './baselineBot';

/** As many buttons as the bot's answers carry: three follow-ups, Helpful and Not helpful. */
const BUTTONS = 5;

/** Shaped like MainDialog's state: what the conversation remembers, and a dialog listening after an answer. */
interface ShapedState {
  memory?: { language: string; answerForFeedback?: string };
  dialogs?: { dialogStack: Array<{ id: string; state: { entryId: string } }> };
}

class ReplyShapedEchoDialog extends Dialog {
  constructor(private readonly knowledge: KnowledgeBase) {
    super('replyShapedEchoDialog');
  }

  override beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(dc);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(dc);
  }

  private async onTurn(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const text = activity.text ?? '';
    const language = languageOfLocale(activity.locale);
    const { entries } = this.knowledge;
    // Any entry will do, as long as the sizes vary like the bot's answers: the message's length picks it.
    const at = text.length % entries.length;
    const entry = entries[at];
    const buttons = Array.from({ length: BUTTONS }, (_, i) => titleButton(entries[(at + i + 1) % entries.length][language].title));
    await sendReply(dc.context, { text: `${text}\n\n${entry[language].answer}`, buttons });

    const state = dc.activeDialog?.state as ShapedState;
    state.memory = { language, answerForFeedback: entry.id };
    // The bot keeps a dialog listening after an answer and none after "I can't answer": the state changes every turn.
    if (state.dialogs) delete state.dialogs;
    else state.dialogs = { dialogStack: [{ id: 'answerDialog', state: { entryId: entry.id } }] };
    return Dialog.EndOfTurn;
  }
}

startBaselineBot((config) => new ReplyShapedEchoDialog(loadKnowledge(config.KNOWLEDGE_DIR)));
