import { Activity, ActivityTypes, ChannelAccount } from 'botbuilder';
import { z } from 'zod';
import { IntentTrace, INTENT_TRACE_VALUE_TYPE } from '../dialogs/intentTrace';
import { ChatSession, ChatSessionOptions } from './chatSession';

/**
 * A .transcript file, as the Bot Framework Emulator saves it (File → Save transcript) and `npm run transcript:record`
 * writes it: a JSON array of activities in order, the user's with from.role "user", the bot's with from.role "bot"
 * (messages, traces). Only the fields the replay reads are checked; everything else may be there.
 */
const accountSchema = z.object({ id: z.string(), name: z.string().optional(), role: z.string().optional() }).loose();

export const transcriptActivitySchema = z
  .object({
    type: z.string(),
    from: accountSchema,
    recipient: accountSchema.optional(),
    channelId: z.string().optional(),
    locale: z.string().optional(),
    conversation: z.object({ conversationType: z.string().optional() }).loose().optional(),
    membersAdded: z.array(accountSchema).optional(),
    membersRemoved: z.array(accountSchema).optional(),
  })
  .loose();

export const transcriptSchema = z.array(transcriptActivitySchema);

export type TranscriptActivity = z.infer<typeof transcriptActivitySchema>;

/** One user activity and the bot's replies to it, as the transcript has them. */
export interface TranscriptTurn {
  /** 1-based, counting user activities, for messages such as "turn 3". */
  number: number;
  request: TranscriptActivity;
  replies: TranscriptActivity[];
}

const isFromBot = (activity: TranscriptActivity) => activity.from.role === 'bot';

/** Splits a transcript into turns; throws when it does not start with the user (a bot cannot speak first). */
export function transcriptTurns(activities: readonly TranscriptActivity[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  activities.forEach((activity, index) => {
    if (!isFromBot(activity)) turns.push({ number: turns.length + 1, request: activity, replies: [] });
    else if (turns.length) turns[turns.length - 1].replies.push(activity);
    else throw new Error(`activity ${index + 1} is from the bot, before anything from the user`);
  });
  return turns;
}

/** What the user did, for messages: `"next"`, `clicked {"text":"Next"}`, `joined the conversation`. */
export function describeRequest(request: TranscriptActivity): string {
  if (request.type === ActivityTypes.ConversationUpdate) return 'joined the conversation';
  if (typeof request.text === 'string' && request.text) return JSON.stringify(request.text);
  if (request.value !== undefined) return `clicked ${JSON.stringify(request.value)}`;
  return `sent a ${request.type} activity`;
}

/** The channel, locale and conversation type of the recorded conversation, to replay it the same way. */
export function sessionOptionsOf(activities: readonly TranscriptActivity[]): ChatSessionOptions {
  const first = activities.find((activity) => !isFromBot(activity));
  return { channelId: first?.channelId, locale: first?.locale, conversationType: first?.conversation?.conversationType };
}

/**
 * Sends a recorded user activity again in a new session: what the user said, clicked or did, with the recorded ids
 * of the bot and the user mapped onto the session's, and no ids, timestamps or addresses of the recording.
 */
export function replayRequest(session: ChatSession, request: TranscriptActivity): Promise<{ replies: Activity[] }> {
  const botId = request.recipient?.id;
  const member = (account: { id: string; role?: string }): ChannelAccount => (account.id === botId || account.role === 'bot' ? session.botAccount : session.user);
  const { type, text, value, locale, attachments, action, name } = request as Partial<Activity>;
  return session.send({
    type,
    text,
    value,
    locale,
    attachments,
    action,
    name,
    membersAdded: request.membersAdded?.map(member),
    membersRemoved: request.membersRemoved?.map(member),
  });
}

const STATE_SNAPSHOT_VALUE_TYPE = 'https://www.botframework.com/schemas/botState';

/**
 * botbuilder-dialogs ends each turn with a "Bot State" trace for the Emulator: a snapshot of the dialog memory, full
 * of random instance ids. It is no reply: recordings leave it out and the replay ignores it.
 */
export function isStateSnapshot(activity: Partial<Activity> | TranscriptActivity): boolean {
  return activity.type === ActivityTypes.Trace && activity.valueType === STATE_SNAPSHOT_VALUE_TYPE;
}

const omitUndefined = <T extends object>(object: T): T => JSON.parse(JSON.stringify(object)) as T;

/**
 * What a reply shows, without what changes from run to run (ids, timestamps, addresses, conversation and user
 * ids): the text, the buttons (suggested actions or card), the cards; for the intent trace the entry chosen, not its
 * score, which moves whenever a training question is added.
 */
export function visibleContent(activity: Partial<Activity>): unknown {
  if (activity.type === ActivityTypes.Trace) {
    const intent = activity.valueType === INTENT_TRACE_VALUE_TYPE ? (activity.value as IntentTrace) : undefined;
    return omitUndefined({
      type: activity.type,
      name: activity.name,
      valueType: activity.valueType,
      value: intent ? { answerId: intent.answerId, intent: intent.intent, language: intent.language, decision: intent.decision } : activity.value,
    });
  }
  return omitUndefined({
    type: activity.type,
    text: activity.text,
    textFormat: activity.textFormat,
    suggestedActions: activity.suggestedActions?.actions.map(({ type, title, value }) => ({ type, title, value })),
    attachments: activity.attachments?.length ? activity.attachments.map(({ contentType, content }) => ({ contentType, content })) : undefined,
  });
}

/** A turn of a transcript played again: what the file says the bot showed, and what it shows now. */
export interface ReplayedTurn {
  turn: TranscriptTurn;
  replies: Activity[];
  expected: unknown[];
  actual: unknown[];
}

const shown = (activities: ReadonlyArray<Partial<Activity> | TranscriptActivity>) =>
  activities.filter((activity) => !isStateSnapshot(activity)).map((activity) => visibleContent(activity as Partial<Activity>));

/** Plays the user's side of a transcript in the session, one turn at a time, in the recorded channel and locale. */
export async function* replayTranscript(session: ChatSession, activities: readonly TranscriptActivity[]): AsyncGenerator<ReplayedTurn> {
  for (const turn of transcriptTurns(activities)) {
    const { replies } = await replayRequest(session, turn.request);
    yield { turn, replies, expected: shown(turn.replies), actual: shown(replies) };
  }
}
