import { z } from 'zod';

/** A BCP 47 language tag as browsers report it ("zh-CN", "en-US", "zh-Hans-CN"). */
const localeSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as en-US or zh-CN');

/** Body of POST conversations: Web Chat sends the page's locale so the bot can welcome in the user's language. */
export const startConversationSchema = z.object({ locale: localeSchema.optional() });

/**
 * What a user may post. Only these fields reach the bot; the channel sets the rest (id, from.id, conversation,
 * recipient, channelId, serviceUrl, timestamp) so a client cannot pose as someone else.
 */
export const userActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  // Any length the body allows: the route cuts it to what the bot reads, and the bot says it read only the start.
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: localeSchema.optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(60).optional(),
  /** Event name, for type "event". */
  name: z.string().max(200).optional(),
  /** Card submit and postBack data. */
  value: z.unknown().optional(),
  /** Web Chat's clientActivityID lives here; it matches the echoed activity to the sent one. */
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(10).optional(),
  from: z.object({ name: z.string().max(100).optional() }).optional(),
});

export type UserActivity = z.infer<typeof userActivitySchema>;

/** A reply the bot sends to the connector routes. The bot is trusted (it proved the loopback key); its fields pass. */
export const botActivitySchema = z.looseObject({ type: z.string().min(1) });
