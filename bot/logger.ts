import { createHash } from 'node:crypto';
import pino, { DestinationStream, LevelWithSilent, Logger } from 'pino';
import { envFlag } from './envFlag';

/** The logging keys besides LOG_LEVEL, spread into bot/config.ts's schema. */
export const loggingConfigShape = {
  /** Puts what users type into the turn lines. Off by default: questions may carry personal details. */
  LOG_USER_TEXT: envFlag('false'),
};

export interface LoggerSettings {
  level: LevelWithSilent;
  /** Values that must never reach the output, however they got into a log call (an error message, a URL). */
  secrets?: readonly string[];
}

const REDACTED = '[redacted]';

/** Config keys that hold credentials: app passwords, Direct Line secrets, storage connection strings and keys. */
const SECRET_KEY = /password|secret|connection|key/i;
/** Inside a connection string, the parts that are credentials on their own (AccountKey=…;SharedAccessSignature=…). */
const SECRET_PART = /(?:key|signature|password|pwd|secret)=([^;]+)/gi;
/** Shorter values would redact ordinary words; every real credential is longer. */
const MIN_SECRET_LENGTH = 8;

/** The secret values in a validated config, found by key name so a new credential key is covered without a change here. */
export function secretsOf(config: Readonly<Record<string, unknown>>): string[] {
  const values = Object.entries(config)
    .filter((entry): entry is [string, string] => SECRET_KEY.test(entry[0]) && typeof entry[1] === 'string')
    .flatMap(([, value]) => [value, ...[...value.matchAll(SECRET_PART)].map((part) => part[1])]);
  return values.filter((value) => value.length >= MIN_SECRET_LENGTH);
}

// Header values of requests the bot receives (a channel's JWT) and sends (its own token), in the shapes that
// request and error objects take; the scrubber below catches bearer tokens anywhere else.
const REDACTED_PATHS = [
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.*.headers.authorization',
  '*.*.headers.Authorization',
];
const CREDENTIAL_IN_TEXT = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;

/** Replaces every known secret (as written, JSON-escaped and URL-encoded) and every bearer/basic credential. */
function secretScrubber(secrets: readonly string[]): (line: string) => string {
  const forms = [...new Set(secrets.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]))];
  // Longest first, so a secret that contains another is replaced whole.
  forms.sort((a, b) => b.length - a.length);
  return (line) => forms.reduce((text, form) => text.split(form).join(REDACTED), line).replace(CREDENTIAL_IN_TEXT, `$1 ${REDACTED}`);
}

/**
 * The bot's logger: JSON lines, secrets scrubbed from the finished line, so no log call anywhere (including error
 * objects from libraries) can leak them. Synchronous writes by default: the shutdown ends in process.exit, which
 * would cut off or reorder lines still being written.
 */
export function createLogger({ level, secrets = [] }: LoggerSettings, destination: DestinationStream = pino.destination({ sync: true })): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: REDACTED }, hooks: { streamWrite: secretScrubber(secrets) } }, destination);
}

/**
 * A logger for lines that are flat records of known fields (no nested objects, so no header or token at any of the
 * redacted paths): path redaction costs about ten times the rest of such a line, once per field. The scrubber still
 * runs on every finished line, so secrets and bearer tokens in a field's text are still replaced.
 */
export function flatRecordLogger(logger: Logger): Logger {
  return logger.child({}, { redact: { paths: [] } });
}

/**
 * Conversation ids in logs: the same id always gives the same hash (lines of one conversation can be followed, across
 * restarts and instances), but the id itself, which in Teams contains user and tenant ids, is not written.
 */
export function hashConversationId(conversationId: string | undefined): string | undefined {
  return conversationId === undefined ? undefined : createHash('sha256').update(conversationId).digest('hex').slice(0, 16);
}
