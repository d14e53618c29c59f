import type { Activity } from 'botbuilder';

/**
 * Every activity type of the Bot Framework activity schema, as a channel could send it, with the HTTP status the bot
 * must answer and whether the user sees a message. Invokes nobody handles get 501 Not Implemented, botbuilder's
 * convention (ActivityHandler and TeamsActivityHandler answer it for unknown invoke names).
 */
export interface ActivityTypeCase {
  activity: Partial<Activity>;
  status: number;
  /** The bot answers with a message (a welcome or a reply); every other type is handled or ignored silently. */
  replies: boolean;
}

export const ACTIVITY_TYPE_CASES: readonly ActivityTypeCase[] = [
  { activity: { type: 'message', text: 'What are the three functions of social security?' }, status: 200, replies: true },
  { activity: { type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] }, status: 200, replies: true },
  { activity: { type: 'conversationUpdate', membersRemoved: [{ id: 'user-1', name: 'User' }] }, status: 200, replies: false },
  { activity: { type: 'conversationUpdate', topicName: 'renamed' }, status: 200, replies: false },
  { activity: { type: 'contactRelationUpdate', action: 'add' }, status: 200, replies: false },
  { activity: { type: 'contactRelationUpdate', action: 'remove' }, status: 200, replies: false },
  { activity: { type: 'typing' }, status: 200, replies: false },
  { activity: { type: 'endOfConversation', code: 'userCancelled' }, status: 200, replies: false },
  { activity: { type: 'event', name: 'webchat/join', value: { language: 'en-US' } }, status: 200, replies: false },
  { activity: { type: 'event', name: 'tokens/response', value: { token: 'x' } }, status: 200, replies: false },
  { activity: { type: 'invoke', name: 'no/such/invoke', value: {} }, status: 501, replies: false },
  { activity: { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x' } } }, status: 501, replies: false },
  { activity: { type: 'invoke', name: 'application/search', value: { kind: 'search', queryText: 'x' } }, status: 501, replies: false },
  { activity: { type: 'invoke' }, status: 501, replies: false },
  { activity: { type: 'deleteUserData' }, status: 200, replies: false },
  { activity: { type: 'messageUpdate', text: 'edited text', id: 'message-1' }, status: 200, replies: false },
  { activity: { type: 'messageDelete', id: 'message-1' }, status: 200, replies: false },
  { activity: { type: 'installationUpdate', action: 'remove' }, status: 200, replies: false },
  { activity: { type: 'installationUpdate', action: 'add-upgrade' }, status: 200, replies: true },
  { activity: { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }, status: 200, replies: false },
  { activity: { type: 'messageReaction', reactionsRemoved: [{ type: 'like' }] }, status: 200, replies: false },
  { activity: { type: 'suggestion', text: 'a suggestion' }, status: 200, replies: false },
  { activity: { type: 'trace', name: 'some trace', value: { a: 1 } }, status: 200, replies: false },
  { activity: { type: 'handoff' }, status: 200, replies: false },
  { activity: { type: 'command', name: 'channel/vnd.example.command', value: { x: 1 } }, status: 200, replies: false },
  { activity: { type: 'commandResult', name: 'channel/vnd.example.command', value: { data: 1 } }, status: 200, replies: false },
  { activity: { type: 'some-future-type' }, status: 200, replies: false },
];

/** The types the schema defines; the cases above must cover each (checked by the test). */
export const SCHEMA_ACTIVITY_TYPES = [
  'message', 'conversationUpdate', 'contactRelationUpdate', 'typing', 'endOfConversation', 'event', 'invoke',
  'deleteUserData', 'messageUpdate', 'messageDelete', 'installationUpdate', 'messageReaction', 'suggestion', 'trace',
  'handoff', 'command', 'commandResult',
] as const;
