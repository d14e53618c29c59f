import { KnowledgeError } from '../knowledge/knowledgeError';
import { Config, ConfigError, loadEnvFile, parseConfig } from './config';

/** Entry point: `npm start` (built) or `npm run dev` (ts-node). */

function readConfigOrExit(): Config {
  try {
    loadEnvFile();
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfigOrExit();

// Loaded only once the config is read: the app pulls in `natural`, which runs dotenv on load, and ours must come first.
import('./app')
  .then(({ startBotApp }) => startBotApp(config))
  .catch((error: unknown) => {
    // A KnowledgeError already names the file, entry and field; anything else needs its stack.
    console.error(error instanceof KnowledgeError ? error.message : error);
    process.exit(1);
  });
