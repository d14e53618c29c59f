import { Activity, ActionTypes, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { Reply } from './reply';

/**
 * The only place that knows channels. Suggested actions are the natural way to offer replies, but Microsoft Teams
 * shows them in personal chats only; in Teams channels and group chats the buttons go on a hero card instead. The
 * text stays in the message itself, where every channel renders Markdown (Teams does not render it on hero cards).
 */
function needsHeroCard(incoming: Partial<Activity>): boolean {
  return incoming.channelId === 'msteams' && incoming.conversation?.conversationType !== 'personal';
}

/** The outgoing activity for a reply, shaped for the channel of the incoming activity. */
export function renderReply(reply: Reply, incoming: Partial<Activity>): Partial<Activity> {
  const actions = reply.buttons.map(({ title, value }) => ({ type: ActionTypes.ImBack, title, value }));
  let activity: Partial<Activity>;
  if (actions.length === 0) activity = MessageFactory.text(reply.text);
  else if (needsHeroCard(incoming)) activity = MessageFactory.attachment(CardFactory.heroCard('', undefined, actions), reply.text);
  else activity = MessageFactory.suggestedActions(actions, reply.text);
  return { ...activity, textFormat: 'markdown' };
}

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(renderReply(reply, context.activity));
}
