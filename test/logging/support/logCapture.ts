import type { DestinationStream, Logger } from 'pino';
import { createLogger, LoggerSettings } from '../../../bot/logger';

/** The bot's own logger (scrubbing included) writing into memory, for tests that read what would be logged. */
export interface LogCapture {
  logger: Logger;
  /** Every line written so far, exactly as it would reach stdout. */
  text(): string;
  /** The lines parsed. */
  lines(): Array<Record<string, unknown>>;
  /** The per-turn lines (msg "turn"). */
  turns(): Array<Record<string, unknown>>;
}

export function captureLogs(settings: Partial<LoggerSettings> = {}): LogCapture {
  const written: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void written.push(line) };
  const logger = createLogger({ level: 'info', ...settings }, destination);
  const lines = () => written.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, text: () => written.join(''), lines, turns: () => lines().filter((line) => line.msg === 'turn') };
}
