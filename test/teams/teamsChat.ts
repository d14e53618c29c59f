import type { Activity, ChannelAccount, Entity } from 'botbuilder';
import { ChannelConversation, Turn } from '../support/channelConversation';
import type { FakeConnector } from '../support/fakeConnector';

/**
 * Activities shaped as Microsoft Teams sends them (ids in Teams' formats, tenant, team and channel in channelData,
 * @mentions as <at> tags with mention entities), posted to the real bot over HTTP.
 */

export type TeamsScope = 'personal' | 'groupChat' | 'channel';

export const TENANT_ID = '0d3f1c9e-5b7a-4c2e-9f1d-6a8b2c4e7f10';
export const BOT: ChannelAccount = { id: '28:4b0a2f7e-9c1d-4e6b-8a3f-2d5c7e9b1a04', name: 'Social Security Assistant' };
export const USER: ChannelAccount = { id: '29:1mei-chen', name: 'Mei Chen', aadObjectId: '6c2d9e41-7b3a-4f58-a1c6-0e9d8b7a5f32' };
export const OTHER_USER: ChannelAccount = { id: '29:1li-wei', name: 'Li Wei', aadObjectId: '3a7e5c19-2d4b-4c86-9f0e-1b6a8d2c4e73' };

const TEAM = { id: '19:team-general@thread.tacv2', name: 'Family Services', aadGroupId: '8e4b2a60-1c3d-4f7e-b5a9-2d6c8e0f1a35' };

/** Where each scope's activities say they come from. */
function conversationOf(scope: TeamsScope, id: string): Partial<Activity> {
  const tenant = { id: TENANT_ID };
  switch (scope) {
    case 'personal':
      return { conversation: { id, conversationType: 'personal', tenantId: TENANT_ID, isGroup: false, name: '' }, channelData: { tenant } };
    case 'groupChat':
      return { conversation: { id, conversationType: 'groupChat', tenantId: TENANT_ID, isGroup: true, name: '' }, channelData: { tenant } };
    case 'channel': {
      // A thread's conversation id is the channel's id with ";messageid=<first post>" appended.
      const channel = { id: id.split(';')[0], name: 'General' };
      return {
        conversation: { id, conversationType: 'channel', tenantId: TENANT_ID, isGroup: true, name: '' },
        channelData: { tenant, team: TEAM, channel, teamsTeamId: TEAM.id, teamsChannelId: channel.id },
      };
    }
  }
}

let conversationCount = 0;

/**
 * A fresh conversation id in the scope's format. In a channel a new thread, unless `thread` is false: the channel
 * itself, where Teams sends installationUpdate and conversationUpdate.
 */
export function newConversationId(scope: TeamsScope, { thread = true } = {}): string {
  conversationCount += 1;
  if (scope === 'personal') return `a:1personal-${conversationCount}`;
  if (scope === 'groupChat') return `19:group-${conversationCount}@thread.v2`;
  const channelId = `19:channel-${conversationCount}@thread.tacv2`;
  return thread ? `${channelId};messageid=17000000000${conversationCount}` : channelId;
}

export const mentionTag = (account: ChannelAccount) => `<at>${account.name}</at>`;

/** The entity Teams adds for each <at> tag in a message. */
export function mentionEntity(account: ChannelAccount): Entity {
  return { type: 'mention', mentioned: { id: account.id, name: account.name }, text: mentionTag(account) };
}

export interface TeamsChatOptions {
  botUrl: string;
  connector: FakeConnector;
  scope: TeamsScope;
  /** The Teams client's language; 'en-US' unless given. */
  locale?: string;
  /** Defaults to a new id in the scope's format (a new thread in a channel). */
  conversationId?: string;
}

/** One Teams conversation (personal chat, group chat or channel thread) with the bot, as one user sees it. */
export class TeamsChat {
  readonly scope: TeamsScope;
  readonly conversationId: string;
  private readonly channel: ChannelConversation;
  private readonly locale: string;

  constructor({ botUrl, connector, scope, locale = 'en-US', conversationId = newConversationId(scope) }: TeamsChatOptions) {
    this.scope = scope;
    this.conversationId = conversationId;
    this.locale = locale;
    this.channel = new ChannelConversation({ botUrl, connector, channelId: 'msteams', conversationId, conversationType: scope, locale, user: USER, bot: BOT });
  }

  /**
   * A question as the user types it: in a personal chat as is; in a group chat or channel it must @mention the bot,
   * or Teams does not deliver it.
   */
  ask(text: string): Promise<Turn> {
    if (this.scope === 'personal') return this.message({ text });
    return this.message({ text: `${mentionTag(BOT)} ${text}`, entities: [mentionEntity(BOT)] });
  }

  /** A message that @mentions the bot and other people, e.g. `${mentionTag(OTHER_USER)} can you help?`. */
  /** A message that @mentions the bot in the middle of it: "can you @Bot tell me …". */
  askMentioningInside(before: string, after: string): Promise<Turn> {
    return this.message({ text: `${before} ${mentionTag(BOT)} ${after}`, entities: [mentionEntity(BOT)] });
  }

  mentioning(others: ChannelAccount[], text: string): Promise<Turn> {
    return this.message({ text: `${mentionTag(BOT)} ${text}`, entities: [BOT, ...others].map(mentionEntity) });
  }

  /** A click on an imBack button (hero card or suggested action): Teams posts the value as the user's message. */
  clickImBack(value: string): Promise<Turn> {
    return this.message({ text: value });
  }

  /** A click on a messageBack button: `text` goes to the bot, `displayText` is what the chat shows. */
  clickMessageBack(text: string, value: unknown): Promise<Turn> {
    return this.message({ text, value });
  }

  /** A click on an Adaptive Card Action.Submit: no text, only the action's data as `value`. */
  submit(data: unknown): Promise<Turn> {
    return this.message({ value: data });
  }

  /** The app is installed into this conversation by the user. */
  install(): Promise<Turn> {
    return this.send({ type: 'installationUpdate', action: 'add' });
  }

  /** Teams announces new members of the conversation (the bot itself when the app is installed). */
  membersAdded(members: ChannelAccount[]): Promise<Turn> {
    const eventType = this.scope === 'channel' ? { eventType: 'teamMemberAdded' } : {};
    return this.send({ type: 'conversationUpdate', membersAdded: members, channelData: { ...this.scopeFields().channelData, ...eventType } });
  }

  private message(fields: Partial<Activity>): Promise<Turn> {
    return this.send({ type: 'message', textFormat: 'plain', ...fields, entities: [...(fields.entities ?? []), this.clientInfo()] });
  }

  private send(fields: Partial<Activity>): Promise<Turn> {
    return this.channel.send({ ...this.scopeFields(), ...fields });
  }

  private scopeFields(): Partial<Activity> {
    return conversationOf(this.scope, this.conversationId);
  }

  private clientInfo(): Entity {
    return { type: 'clientInfo', locale: this.locale, country: 'US', platform: 'Web', timezone: 'Asia/Shanghai' };
  }
}
