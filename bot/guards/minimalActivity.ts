import { z } from 'zod';

const text = z.string().optional();

/**
 * A user or bot account. Replies copy it (from becomes recipient), and the connector client refuses to send a reply
 * whose account fields have the wrong types.
 */
const channelAccount = z.looseObject({ id: z.string(), name: text, aadObjectId: text, role: text });
/** The sender and the bot: their ids key the user's state and find the bot's @mention. */
const party = channelAccount.extend({ id: z.string().min(1) });

const conversationAccount = z.looseObject({
  id: z.string().min(1),
  name: text,
  conversationType: text,
  tenantId: text,
  aadObjectId: text,
  role: text,
  isGroup: z.boolean().optional(),
});

/** An entity; a mention is read to remove the bot's own @mention from the text, so its parts must be there. */
const entity = z.looseObject({ type: z.string() }).superRefine((value, ctx) => {
  if (value.type.toLowerCase() !== 'mention') return;
  const mention = z.looseObject({ mentioned: channelAccount, text }).safeParse(value);
  for (const issue of mention.success ? [] : mention.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/**
 * The least an activity needs for the bot to handle it and answer, the fields the Bot Framework schema requires of
 * every activity a channel sends: type, channelId, conversation, from, recipient, and the serviceUrl to reply to.
 * Other fields that botbuilder or the bot read, or that replies copy, are type-checked when present (a mention without
 * a type, or a sender whose name is an object, would fail the turn); everything else passes untouched.
 */
export const minimalActivitySchema = z
  .looseObject({
    type: z.string().min(1),
    conversation: conversationAccount,
    serviceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    channelId: z.string().min(1),
    from: party,
    recipient: party,
    id: text,
    text,
    locale: text,
    replyToId: text,
    membersAdded: z.array(channelAccount).optional(),
    membersRemoved: z.array(channelAccount).optional(),
    entities: z.array(entity).optional(),
    attachments: z.array(z.looseObject({ contentType: z.string() })).optional(),
    channelData: z.looseObject({}).optional(),
  })
  .superRefine((activity, ctx) => {
    // Teams sends channelData with every activity, and botbuilder's Teams handler reads it without checking.
    if (activity.channelId === 'msteams' && activity.channelData === undefined) {
      ctx.addIssue({ code: 'custom', path: ['channelData'], message: 'is required on msteams activities' });
    }
  });

/**
 * Deeper structures are no activity: a channel's cards and channel data nest a few levels, and a body of 100,000
 * brackets would overflow the stack of the code that copies or serialises it.
 */
export const MAX_JSON_DEPTH = 64;

/** How deep the JSON text nests, counted without parsing it (so without recursion). */
export function jsonDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{' || c === '[') {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (c === '}' || c === ']') {
      depth -= 1;
    }
  }
  return deepest;
}

/** The problems with a body that is not such an activity, said the way a channel developer reads them. */
export function activityProblems(body: unknown): string | undefined {
  const result = minimalActivitySchema.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
