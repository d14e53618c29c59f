// Preloaded by `npm run dev` (node -r): what helps while editing content, unless .env or the environment says
// otherwise. Knowledge edits are loaded while the bot runs, and the support records go to a local folder that
// `npm run report:unanswered` reads.
import { loadEnvFile } from '../bot/config';

loadEnvFile();
process.env.KNOWLEDGE_WATCH ||= 'true';
process.env.UNANSWERED_LOG_DIR ||= '.data/support-events';
