// First: it sets how V8 compiles patterns, which must hold before any runs.
import './patternCompilation';
import { KnowledgeError } from '../knowledge/knowledgeError';
import { Config, ConfigError, loadEnvFile, parseConfig } from './config';
import { createLogger, secretsOf } from './logger';

/** Entry point: `npm start` (built) or `npm run dev` (ts-node). */

function readConfigOrExit(): Config {
  try {
    loadEnvFile();
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // No LOG_LEVEL to go by yet; a ConfigError never contains secret values.
    createLogger({ level: 'info' }).fatal({ problems: error.problems }, error.message);
    process.exit(1);
  }
}

const config = readConfigOrExit();
const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });

// Loaded only once the config is read: the app pulls in `natural`, which runs dotenv on load, and ours must come first.
import('./app')
  .then(({ startBotApp }) => startBotApp(config, { logger }))
  .catch((error: unknown) => {
    // A KnowledgeError already names the file, entry and field; anything else needs its stack.
    if (error instanceof KnowledgeError) logger.fatal({ file: error.file, problems: error.problems }, error.message);
    else logger.fatal({ err: error }, 'the bot could not start');
    process.exit(1);
  });
