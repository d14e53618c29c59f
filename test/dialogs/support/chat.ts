import { Activity, ActivityTypes, ConversationAccount, ConversationState, MemoryStorage, Storage, TestAdapter } from 'botbuilder';
import { Dialog, DialogState, runDialog } from 'botbuilder-dialogs';
import { FOLLOW_UP_TRACE_VALUE_TYPE, FollowUpTrace, IntentTrace, INTENT_TRACE_VALUE_TYPE } from '../../../dialogs/intentTrace';

/** A message as the user sees it: the text and the titles of the buttons under it, wherever the channel puts them. */
export interface SeenMessage {
  text: string;
  buttons: string[];
}

export interface ChatTurn {
  messages: SeenMessage[];
  /** Intent-match traces, in order (only the Emulator shows them to a person). */
  traces: IntentTrace[];
  /** Traces of replies decided without the matcher choosing an entry (only the Emulator shows them too). */
  followUps: FollowUpTrace[];
  /** Everything the bot sent, for channel-specific assertions. */
  activities: Partial<Activity>[];
}

export interface ChatOptions {
  channelId?: string;
  /** Teams: 'personal' | 'groupChat' | 'channel'. */
  conversationType?: string;
  locale?: string;
  /** Where the conversation state lives; a test may fill it with a conversation saved earlier. */
  storage?: Storage;
}

function buttonTitles(activity: Partial<Activity>): string[] {
  const suggested = activity.suggestedActions?.actions ?? [];
  const onCards = (activity.attachments ?? []).flatMap((attachment) => attachment.content?.buttons ?? []);
  return [...suggested, ...onCards].map((action) => action.title);
}

/**
 * One conversation with a dialog, run the way the bot runs it (runDialog over conversation state, saved after each
 * turn) on botbuilder's TestAdapter, which also records traces.
 */
export class Chat {
  private readonly adapter: TestAdapter;

  constructor(
    dialog: Dialog,
    private readonly options: ChatOptions = {},
  ) {
    const conversationState = new ConversationState(options.storage ?? new MemoryStorage());
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.adapter = new TestAdapter(
      async (context) => {
        await runDialog(dialog, context, dialogState);
        await conversationState.saveChanges(context, false);
      },
      undefined,
      true,
    );
  }

  async say(text: string, extra: Partial<Activity> = {}): Promise<ChatTurn> {
    const { channelId = 'test', conversationType, locale } = this.options;
    const conversation = { id: 'conversation-1', isGroup: conversationType === 'channel', conversationType, name: '' } as ConversationAccount;
    await this.adapter.receiveActivity({ type: ActivityTypes.Message, text, channelId, conversation, locale, ...extra });
    const activities: Partial<Activity>[] = [];
    for (let next = this.adapter.getNextReply(); next; next = this.adapter.getNextReply()) activities.push(next);
    return {
      activities,
      messages: activities
        .filter((activity) => activity.type === ActivityTypes.Message)
        .map((activity) => ({ text: activity.text ?? '', buttons: buttonTitles(activity) })),
      traces: activities
        .filter((activity) => activity.type === ActivityTypes.Trace && activity.valueType === INTENT_TRACE_VALUE_TYPE)
        .map((activity) => activity.value as IntentTrace),
      followUps: activities
        .filter((activity) => activity.type === ActivityTypes.Trace && activity.valueType === FOLLOW_UP_TRACE_VALUE_TYPE)
        .map((activity) => activity.value as FollowUpTrace),
    };
  }

  /** The one message of a turn; fails when the bot said nothing or more than one thing. */
  async reply(text: string, extra: Partial<Activity> = {}): Promise<SeenMessage> {
    const { messages } = await this.say(text, extra);
    expect(messages).toHaveLength(1);
    return messages[0];
  }
}
