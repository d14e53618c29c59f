import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotEnv } from 'dotenv';
import { z } from 'zod';
import { TeamsPackageError } from './teamsPackageError';

const HOW_TO_GET_ONE =
  'Register the bot (Azure portal: create an "Azure Bot" resource; or Teams Developer Portal: ' +
  'Tools > Bot management > New bot), copy its Microsoft App ID, then set MicrosoftAppId in .env or ' +
  'the environment, or pass --app-id <GUID>.';

const microsoftAppIdSchema = z.guid();

/** Where the app id may come from, in order of precedence. */
export interface MicrosoftAppIdSources {
  readonly flag: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly dotEnvPath: string;
}

function readDotEnv(path: string): Record<string, string> {
  return existsSync(path) ? parseDotEnv(readFileSync(path)) : {};
}

/**
 * The bot's Microsoft App ID, which Teams uses both as the app id and the bot id. An empty value counts as unset
 * because local emulator setups often leave `MicrosoftAppId=` blank in .env.
 */
export function resolveMicrosoftAppId({ flag, env, dotEnvPath }: MicrosoftAppIdSources): string {
  const candidates = [
    { origin: 'the --app-id flag', value: flag },
    { origin: 'the environment', value: env.MicrosoftAppId },
    { origin: dotEnvPath, value: readDotEnv(dotEnvPath).MicrosoftAppId },
  ];
  const found = candidates.find((candidate) => candidate.value !== undefined && candidate.value.trim() !== '');
  if (!found?.value) throw new TeamsPackageError('MicrosoftAppId', [`MicrosoftAppId is not set. ${HOW_TO_GET_ONE}`]);

  const value = found.value.trim();
  const result = microsoftAppIdSchema.safeParse(value);
  if (!result.success) {
    throw new TeamsPackageError('MicrosoftAppId', [
      `MicrosoftAppId from ${found.origin} is "${value}", which is not a GUID ` +
        `(expected 8-4-4-4-12 hex digits, e.g. 00000000-0000-0000-0000-000000000000). ${HOW_TO_GET_ONE}`,
    ]);
  }
  return result.data;
}
