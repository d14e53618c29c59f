import type { Activity, ChannelAccount, ConversationAccount } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { FakeConnector } from './fakeConnector';

export interface ConversationOptions {
  /** Base URL of the bot's server, e.g. http://127.0.0.1:41234. */
  botUrl: string;
  connector: FakeConnector;
  channelId?: string;
  conversationId?: string;
  /** Teams: 'personal' | 'groupChat' | 'channel'. */
  conversationType?: string;
  locale?: string;
  user?: ChannelAccount;
  bot?: ChannelAccount;
  /** Extra headers on every POST (e.g. Authorization). */
  headers?: Record<string, string>;
}

/** What one activity posted to the bot came back with. */
export interface Turn {
  /** The activity as sent. */
  activity: Partial<Activity>;
  /** HTTP status of POST /api/messages. */
  status: number;
  /** The response body of POST /api/messages (empty for most turns). */
  body: string;
  /** Every activity the bot sent in reply (messages and traces), in order. */
  replies: Activity[];
  /** The replies of type message. */
  messages: Activity[];
}

/**
 * One conversation as a channel holds it: every activity is POSTed to /api/messages with the fields a real channel
 * fills in (ids, serviceUrl pointing at the fake connector, from/recipient/conversation, locale). The bot answers a
 * channel only after its turn is over, so the replies are all in by the time send() returns.
 */
export class ChannelConversation {
  readonly channelId: string;
  readonly conversationId: string;
  readonly user: ChannelAccount;
  readonly bot: ChannelAccount;

  constructor(private readonly options: ConversationOptions) {
    this.channelId = options.channelId ?? 'test';
    this.conversationId = options.conversationId ?? randomUUID();
    this.user = options.user ?? { id: 'user-1', name: 'User' };
    this.bot = options.bot ?? { id: 'bot-1', name: 'Social Security Assistant' };
  }

  /** The user joins: a conversationUpdate adding the user and the bot, as the Emulator and Web Chat send. */
  join(extra: Partial<Activity> = {}): Promise<Turn> {
    return this.send({ type: 'conversationUpdate', membersAdded: [this.user, this.bot], ...extra });
  }

  say(text: string, extra: Partial<Activity> = {}): Promise<Turn> {
    return this.send({ type: 'message', text, textFormat: 'plain', ...extra });
  }

  async send(partial: Partial<Activity>): Promise<Turn> {
    const activity = this.activity(partial);
    const response = await fetch(`${this.options.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.options.headers },
      body: JSON.stringify(activity),
    });
    const body = await response.text();
    const replies = this.options.connector.repliesTo(activity.id as string);
    return { activity, status: response.status, body, replies, messages: replies.filter((reply) => reply.type === 'message') };
  }

  /** The activity as this conversation's channel would send it, with the given fields on top. */
  activity(partial: Partial<Activity>): Partial<Activity> {
    return {
      id: randomUUID(),
      timestamp: new Date(),
      channelId: this.channelId,
      serviceUrl: this.options.connector.serviceUrl,
      from: this.user,
      recipient: this.bot,
      conversation: { id: this.conversationId, conversationType: this.options.conversationType, isGroup: false, name: '' } as ConversationAccount,
      locale: this.options.locale,
      ...partial,
    };
  }
}

/** Titles of the buttons a reply offers, whether as suggested actions or on a card. */
export function buttonTitles(reply: Activity): string[] {
  const suggested = reply.suggestedActions?.actions ?? [];
  const onCards = (reply.attachments ?? []).flatMap(
    (attachment) => ((attachment.content as { buttons?: Array<{ title: string }> } | undefined)?.buttons ?? []),
  );
  return [...suggested, ...onCards].map((action) => action.title);
}
