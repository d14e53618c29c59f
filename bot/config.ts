import { config as loadDotenv } from 'dotenv';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { directLineConfigShape } from './directline/directLineConfig';
import { guardConfigShape } from './guards/guardConfig';
import { loggingConfigShape } from './logger';
import { projectRoot } from './projectRoot';
import { checkStateStorage, stateConfigShape } from './state/stateConfig';
import { supportConfigShape } from './supportConfig';

export const microsoftAppTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z.string().trim().optional();

/** Azure issues bot and tenant ids as GUIDs; anything else is a copy-paste slip that would only fail at the first reply. */
export const microsoftAppIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID such as 00000000-0000-0000-0000-000000000000');

/** The host's own settings. Other parts of the bot keep their keys in their own module and spread them into configSchema. */
const hostConfigShape = {
  /** 0 lets the system pick a free port (tests use it; the listening log line names the port). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  MicrosoftAppType: z.enum(microsoftAppTypes).default('MultiTenant'),
  MicrosoftAppId: microsoftAppIdSchema.optional(),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  LOG_LEVEL: z.enum(logLevels).default('info'),
  KNOWLEDGE_DIR: z
    .string()
    .default('knowledge/content')
    .transform((dir) => (isAbsolute(dir) ? dir : resolve(projectRoot, dir))),
  /** How long SIGTERM waits for turns in flight before forcing the exit. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
};

type Credentials = Pick<
  z.infer<z.ZodObject<typeof hostConfigShape>>,
  'MicrosoftAppType' | 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId'
>;

/**
 * The combinations botbuilder's ConfigurationServiceClientCredentialFactory accepts, checked at start-up so a wrong
 * one is reported by variable name instead of failing on the first reply. No id and no password = local use, no auth.
 */
function checkCredentials(config: Credentials, ctx: z.RefinementCtx): void {
  const { MicrosoftAppType: type, MicrosoftAppId: id, MicrosoftAppPassword: password, MicrosoftAppTenantId: tenant } = config;
  const requireKey = (key: keyof Credentials, present: unknown, why: string) => {
    if (!present) ctx.addIssue({ code: 'custom', path: [key], message: `is required ${why}` });
  };
  switch (type) {
    case 'MultiTenant':
      if (id) requireKey('MicrosoftAppPassword', password, 'when MicrosoftAppId is set');
      if (password) requireKey('MicrosoftAppId', id, 'when MicrosoftAppPassword is set');
      break;
    case 'SingleTenant':
      requireKey('MicrosoftAppId', id, 'when MicrosoftAppType is SingleTenant');
      requireKey('MicrosoftAppPassword', password, 'when MicrosoftAppType is SingleTenant');
      requireKey('MicrosoftAppTenantId', tenant, 'when MicrosoftAppType is SingleTenant');
      break;
    case 'UserAssignedMSI':
      requireKey('MicrosoftAppId', id, 'when MicrosoftAppType is UserAssignedMSI (the managed identity client id)');
      requireKey('MicrosoftAppTenantId', tenant, 'when MicrosoftAppType is UserAssignedMSI');
      if (password) {
        ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'must be empty when MicrosoftAppType is UserAssignedMSI' });
      }
      break;
  }
}

export const configSchema = z
  .object({ ...hostConfigShape, ...loggingConfigShape, ...guardConfigShape, ...directLineConfigShape, ...supportConfigShape, ...stateConfigShape })
  .superRefine(checkCredentials)
  .superRefine(checkStateStorage);

export type Config = z.infer<typeof configSchema>;

/** Allowed values said the way an operator writes them in .env. */
const allowedValues: Partial<Record<keyof Config, string>> = {
  PORT: 'a whole number from 0 to 65535',
  MicrosoftAppType: microsoftAppTypes.join(' | '),
  LOG_LEVEL: logLevels.join(' | '),
  SHUTDOWN_TIMEOUT_MS: 'a whole number of milliseconds, 0 or more',
  MEMORY_STATE_IDLE_HOURS: 'a number of hours greater than 0',
  MEMORY_STATE_MAX_ITEMS: 'a whole number greater than 0',
};

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration (environment variables or .env):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Passwords and secrets are never echoed into logs; a connection string carries the account key. */
const isSecret = (key: string) => /password|secret|token|key|connection/i.test(key);

function describeIssue(env: NodeJS.ProcessEnv, issue: z.core.$ZodIssue): string {
  const key = String(issue.path[0]);
  const allowed = allowedValues[key as keyof Config];
  const given = env[key] === undefined ? 'not set' : isSecret(key) ? 'set, value hidden' : `"${env[key]}"`;
  const detail = allowed ? `allowed: ${allowed}` : issue.message;
  return `${key} (${given}): ${detail}`;
}

/** Validates the environment. Empty values count as unset, so `PORT=` in .env means the default. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => describeIssue(present, issue)));
  return result.data;
}

/**
 * Loads <project root>/.env into process.env (variables already set win). Call it before anything imports `natural`,
 * which calls dotenv itself on load: that call reads .env from the working directory and prints a banner.
 */
export function loadEnvFile(path: string = join(projectRoot, '.env')): void {
  const { error } = loadDotenv({ path, quiet: true });
  if (error && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError([`${path}: ${error.message}`]);
}
