import { ContainerClient } from '@azure/storage-blob';
import { z } from 'zod';

export const storageKinds = ['memory', 'blob'] as const;

/** The Azure SDK's own parser decides (no network involved), so whatever it accepts at start-up works at the first turn. */
function isConnectionString(text: string): boolean {
  try {
    new ContainerClient(text, 'probe');
    return true;
  } catch {
    return false;
  }
}

/** Azure's container naming rule: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where conversation and user state live; spread into bot/config.ts's schema, checked there by checkStateStorage. */
export const stateConfigShape = {
  /** memory: one process, state lost on restart. blob: Azure Blob Storage, shared by every instance, survives restarts. */
  STORAGE: z.enum(storageKinds, { error: `allowed: ${storageKinds.join(' | ')}` }).default('memory'),
  /** STORAGE=memory forgets a conversation idle this long, so one long-running process does not grow without end. */
  MEMORY_STATE_IDLE_HOURS: z.coerce.number().positive().default(24),
  /** STORAGE=memory keeps at most this many state items (conversations), forgetting the least recently used first. */
  MEMORY_STATE_MAX_ITEMS: z.coerce.number().int().positive().default(100_000),
  BLOB_CONNECTION_STRING: z
    .string()
    .trim()
    .refine(isConnectionString, 'must be an Azure Storage connection string (storage account > Access keys), or UseDevelopmentStorage=true for Azurite')
    .optional(),
  BLOB_CONTAINER: z
    .string()
    .trim()
    .regex(CONTAINER_NAME, 'must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit')
    .optional(),
};

export type StateConfig = z.infer<z.ZodObject<typeof stateConfigShape>>;

/** STORAGE=blob needs both blob settings; each missing one is reported by name. */
export function checkStateStorage(config: StateConfig, ctx: z.RefinementCtx): void {
  if (config.STORAGE !== 'blob') return;
  for (const key of ['BLOB_CONNECTION_STRING', 'BLOB_CONTAINER'] as const) {
    if (!config[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when STORAGE is blob' });
  }
}
