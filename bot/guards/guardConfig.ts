import { z } from 'zod';

/** A whole number from `min` up, with the rule said in the error the operator sees. */
const wholeNumber = (min: number, unit: string, fallback: number) => {
  const rule = `must be a whole number of ${unit}, ${min} or more`;
  return z.coerce.number({ error: rule }).int({ error: rule }).min(min, { error: rule }).default(fallback);
};

/** Limits on what a client can make the bot do, spread into bot/config.ts's schema. */
export const guardConfigShape = {
  /** Largest body POST /api/messages reads. Channel activities are a few KB; Teams caps messages near 100 KB. */
  MAX_BODY_BYTES: wholeNumber(1024, 'bytes', 256 * 1024),
  /**
   * Messages one conversation may send per RATE_LIMIT_WINDOW_MS; 0 turns the limit off. Buttons count: at 10, a person
   * clicking through the walkthrough as each step appeared was told to slow down and lost the step's buttons.
   */
  RATE_LIMIT_MESSAGES: wholeNumber(0, 'messages', 20),
  RATE_LIMIT_WINDOW_MS: wholeNumber(1, 'milliseconds', 10_000),
  /** Turns processed at once; beyond it /api/messages answers 503 with Retry-After. 0 turns the cap off. */
  MAX_TURNS_IN_FLIGHT: wholeNumber(0, 'turns', 100),
};

export type GuardConfig = z.infer<z.ZodObject<typeof guardConfigShape>>;
