import type { Dialog } from 'botbuilder-dialogs';
import { startBotApp } from '../../bot/app';
import { Config, ConfigError, loadEnvFile, parseConfig } from '../../bot/config';

/**
 * Starts a baseline of `npm run bench:http`: the bot's own app with MainDialog swapped for `dialogFor(config)`. The
 * config is read as bot/index.ts reads it, so the same .env applies to every bot being compared.
 */
export function startBaselineBot(dialogFor: (config: Config) => Dialog): void {
  const start = async () => {
    loadEnvFile();
    const config = parseConfig(process.env);
    await startBotApp(config, { dialog: dialogFor(config) });
  };
  start().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
