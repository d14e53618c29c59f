import { ConfigError, parseConfig } from '../../bot/config';

/**
 * Asserts that the config refuses `env` with a ConfigError whose message has every part of `message` (the variable
 * and what is allowed) and never the value planted as "do-not-print-me" (secrets stay out of error messages).
 */
export function expectConfigRefused(env: NodeJS.ProcessEnv, message: readonly string[]): void {
  let error: unknown;
  try {
    parseConfig(env);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(ConfigError);
  for (const part of message) expect((error as Error).message).toContain(part);
  expect((error as Error).message).not.toContain('do-not-print-me');
}
