import { z } from 'zod';

/** An on/off setting written "true" or "false" in .env; anything else is reported with the allowed values. */
export const envFlag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback)
    .transform((value) => value === 'true');
