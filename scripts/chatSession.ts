import { Activity, ActivityTypes, ChannelAccount, ConversationReference, TestAdapter, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';

/** What ChatSession needs of the bot: AssistantBot (or any ActivityHandler) run on a turn. */
export interface RunnableBot {
  run(context: TurnContext): Promise<void>;
}

export interface ChatSessionOptions {
  channelId?: string;
  locale?: string;
  /** Teams: 'personal' | 'groupChat' | 'channel'. */
  conversationType?: string;
}

export interface ChatTurn {
  /** The activity as the bot received it. */
  request: Activity;
  /** Everything the bot sent back (messages and traces), in order. */
  replies: Activity[];
}

const LEADING_MENTION = /^\s*<at>[^<]*<\/at>/i;

/**
 * One conversation with the bot in this process, through botbuilder's TestAdapter: the real AssistantBot, dialogs,
 * knowledge and matcher, no HTTP. Each session is its own conversation (its own state), so one bot serves many.
 * Used by `npm run chat`, the transcript recorder and the transcript replay test.
 */
export class ChatSession {
  readonly user: ChannelAccount = { id: 'user-1', name: 'User', role: 'user' };
  readonly botAccount: ChannelAccount = { id: 'bot-1', name: 'Social Security Assistant', role: 'bot' };
  /** Every activity of the conversation in order, the user's and the bot's: what a .transcript file holds. */
  readonly transcript: Activity[] = [];
  private readonly adapter: TestAdapter;
  private readonly channelId: string;
  private readonly conversationType: string;

  constructor(
    private readonly bot: RunnableBot,
    { channelId = 'emulator', locale = 'en-US', conversationType = 'personal' }: ChatSessionOptions = {},
  ) {
    this.channelId = channelId;
    this.conversationType = conversationType;
    const id = randomUUID();
    const reference: Partial<ConversationReference> = {
      channelId,
      locale,
      serviceUrl: 'https://test.localhost/',
      user: this.user,
      bot: this.botAccount,
      conversation: { id, name: id, isGroup: conversationType !== 'personal', conversationType },
    };
    // true: traces are kept, like the Emulator shows them.
    this.adapter = new TestAdapter(reference as ConversationReference, undefined, true);
    this.adapter.locale = locale;
  }

  /** The user opens the chat: the conversationUpdate adding the user and the bot that channels send first. */
  join(): Promise<ChatTurn> {
    return this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [this.user, this.botAccount] });
  }

  /** A typed message, or a clicked button that sends its value as text (imBack). */
  say(text: string): Promise<ChatTurn> {
    return this.send({ type: ActivityTypes.Message, text });
  }

  async send(partial: Partial<Activity>): Promise<ChatTurn> {
    const request = this.adapter.makeActivity() as Activity;
    // A field left undefined keeps the session's value: a replayed activity need not carry a locale, say.
    const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
    Object.assign(request, { from: this.user, ...this.mentionOfBot(partial), ...given });
    await this.adapter.processActivity(request, (context) => this.bot.run(context));
    const replies = this.adapter.activeQueue.splice(0) as Activity[];
    this.transcript.push(request, ...replies);
    return { request, replies };
  }

  /**
   * Whether a typed message reaches the bot. In a Teams channel or group chat Teams sends the bot only the messages
   * that @mention it (the app asks for no consent to read the others), and clicks on its buttons; the chat sent every
   * line, so office chatter got refusals that no Teams user would see.
   */
  receives(text: string): boolean {
    const inTeamsGroup = this.channelId === 'msteams' && this.conversationType !== 'personal';
    return !inTeamsGroup || this.mentionOfBot({ type: ActivityTypes.Message, text }).entities !== undefined;
  }

  /**
   * In Teams a message that begins with an @mention ("<at>Assistant</at> what are the functions") mentions the bot, as
   * a channel message to it does, and so does one that mentions the bot by its name anywhere ("请问 <at>Social Security
   * Assistant</at> 怎么帮家人认证"), or as <at>Bot</at>, the name the chat's notes give it ("hey <at>Bot</at> what are
   * the 3 functions" was not sent). Teams sends the mention as an entity too, which the bot removes: without it the
   * bot read "@Assistant" as the question.
   */
  private mentionOfBot({ type, text, entities }: Partial<Activity>): Partial<Activity> {
    if (this.channelId !== 'msteams' || type !== ActivityTypes.Message || entities || text === undefined) return {};
    const byName = [this.botAccount.name, 'Bot'].map((name) => `<at>${name}</at>`).find((mention) => text.includes(mention));
    const mention = byName ?? LEADING_MENTION.exec(text)?.[0];
    return mention ? { entities: [{ type: 'mention', text: mention, mentioned: this.botAccount }] } : {};
  }
}

export interface OfferedButton {
  title: string;
  /** What a click sends back as the user's message. */
  value: string;
}

/** The buttons under a reply, wherever the channel put them: suggested actions, or a card's buttons. */
export function buttonsOf(activity: Partial<Activity>): OfferedButton[] {
  const onCards = (activity.attachments ?? []).flatMap((attachment) => (attachment.content as { buttons?: unknown[] } | undefined)?.buttons ?? []);
  return [...(activity.suggestedActions?.actions ?? []), ...onCards].map((action) => {
    const { title = '', value } = action as { title?: string; value?: unknown };
    return { title, value: typeof value === 'string' ? value : title };
  });
}
