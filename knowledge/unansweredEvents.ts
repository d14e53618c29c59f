import { z } from 'zod';
import { languageSchema } from './language';

/**
 * What the bot records for the support staff: questions it could not answer, its "did you mean" offers and what the
 * user picked, and the Helpful / Not helpful clicks. Never who asked: no user, conversation or channel id.
 * Each event is stored under a key of its own (see eventKey), so instances never contend for one record.
 */

const base = { at: z.iso.datetime(), language: languageSchema };

export const supportEventSchema = z.discriminatedUnion('type', [
  /** The bot said it cannot answer. */
  z.object({ type: z.literal('fallback'), ...base, question: z.string() }).strict(),
  /** The bot offered "did you mean" these entries, best first. */
  z.object({ type: z.literal('clarify'), ...base, question: z.string(), offered: z.array(z.string()), clarificationId: z.string() }).strict(),
  /** The user's reply to an offer: the entry picked, "none" (none of these), or "other" (asked something else). */
  z
    .object({ type: z.literal('clarified'), ...base, clarificationId: z.string(), outcome: z.enum(['picked', 'none', 'other']), picked: z.string().optional() })
    .strict(),
  /** A Helpful / Not helpful click on an answer. */
  z.object({ type: z.literal('feedback'), ...base, answerId: z.string(), helpful: z.boolean() }).strict(),
]);

export type SupportEvent = z.infer<typeof supportEventSchema>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as a dialog reports it; the log adds the time. */
export type NewSupportEvent = DistributiveOmit<SupportEvent, 'at'>;

export const SUPPORT_EVENT_PREFIX = 'support-events/';

/** Events that hold what a user typed; UNANSWERED_LOG=false keeps these out of storage. */
export function holdsUserText(event: NewSupportEvent): boolean {
  return event.type !== 'feedback';
}

/** The UTC day of a time, as it appears in keys: 2025-03-01. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Keys of one day share a prefix, so a report lists a day at a time; the time keeps them in order. */
export function dayPrefix(day: string): string {
  return `${SUPPORT_EVENT_PREFIX}${day}/`;
}

/** `support-events/2025-03-01/101502123-<unique>`: only letters, digits, "-" and "/", safe for files and blob names. */
export function eventKey(at: Date, unique: string): string {
  const time = at.toISOString().slice(11, 23).replace(/[:.]/g, '');
  return `${dayPrefix(dayOf(at))}${time}-${unique}`;
}

/** The days from `from` to `to`, both included, oldest first. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let day = new Date(`${dayOf(from)}T00:00:00Z`); day <= to; day = new Date(day.getTime() + 86_400_000)) days.push(dayOf(day));
  return days;
}
