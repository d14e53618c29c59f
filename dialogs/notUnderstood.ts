import { TurnContext } from 'botbuilder';
import { saysNotUnderstood } from '../knowledge/navigation';
import { UiTexts } from '../knowledge/texts';
import { sendReply } from './replyRenderer';

/**
 * Said before a step or an answer given again because it was not understood ("听不懂", "I don't get it"): the sources
 * have no other words for it, and the same text again with nothing said read as the bot not listening.
 */
export async function sayNoOtherWording(context: TurnContext, texts: UiTexts): Promise<void> {
  if (saysNotUnderstood(context.activity.text ?? '')) await sendReply(context, { text: texts.noDefinition, buttons: [] });
}
