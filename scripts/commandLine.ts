import { ConfigError } from '../bot/config';
import { DatasetError } from '../knowledge/evaluation/dataset';
import { KnowledgeError } from '../knowledge/knowledgeError';

/** A mistake in the command line: the user can fix it, so it is reported with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Where a command writes; tests pass their own to read the output without spawning a process. */
export interface CommandOutput {
  out(text: string): void;
  error(text: string): void;
}

export const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Runs a command and returns its exit status: 0 on success, 2 when the command line, an input file or the settings are wrong
 * (with a message saying what to fix). Anything else is a bug and is rethrown with its stack.
 */
export async function runCommand(
  command: () => Promise<void> | void,
  usage: string,
  output: CommandOutput,
): Promise<number> {
  try {
    await command();
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      output.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof DatasetError || error instanceof KnowledgeError || error instanceof ConfigError) {
      output.error(error.message);
      return 2;
    }
    throw error;
  }
}
