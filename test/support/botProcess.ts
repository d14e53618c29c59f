import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './freePort';

const projectRoot = resolve(__dirname, '../..');

/**
 * A TypeScript entry point of the project (relative to its root), run from source under ts-node or from the build
 * (`dist/`, written by `npm run build`), which is how `npm start` runs the bot.
 */
export interface BotEntry {
  script: string;
  from: 'source' | 'dist';
}

/** The bot itself, from source: what the tests start. */
const BOT_FROM_SOURCE: BotEntry = { script: 'bot/index.ts', from: 'source' };

export interface BotProcessOptions {
  /** What to run: the bot from source unless told otherwise (the load commands run the build, as operators do). */
  entry?: BotEntry;
  /** Flags for node itself, before the entry point (e.g. --cpu-prof, which NODE_OPTIONS does not allow). */
  nodeFlags?: readonly string[];
  /** Added to the environment; the app credentials are blanked unless given here, so a developer's .env never applies. */
  env?: Record<string, string>;
  /** How long to wait for /healthz to answer. */
  startTimeoutMs?: number;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real bot as a child process, reachable at `url`. */
export interface BotProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<ExitStatus>;
  /** stdout and stderr so far (the logs), for assertions and failure messages. */
  output(): string;
  /** Sends the signal and waits for the exit; SIGKILL after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ExitStatus>;
}

// The same flag as the npm scripts: restify 11 loads spdy → http-deceiver, which warns about process.binding on load.
const NODE_FLAGS = ['--disable-warning=DEP0111'];

function commandFor({ script, from }: BotEntry): string[] {
  if (from === 'source') return [...NODE_FLAGS, '-r', 'ts-node/register/transpile-only', script];
  const built = join(projectRoot, 'dist', script.replace(/\.ts$/, '.js'));
  if (!existsSync(built)) throw new Error(`${built} does not exist: run "npm run build" first`);
  return [...NODE_FLAGS, built];
}

/**
 * Starts the bot as operators do (node itself, no npm/npx wrapper, so signals reach the bot) on a free port and
 * resolves once /healthz answers 200. Rejects with the process output if it exits or times out first.
 */
export async function startBotProcess({ entry = BOT_FROM_SOURCE, nodeFlags = [], env = {}, startTimeoutMs = 60_000 }: BotProcessOptions = {}): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...commandFor(entry)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      MicrosoftAppType: '',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppTenantId: '',
      LOG_LEVEL: 'info',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<ExitStatus>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));

  const bot: BotProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    output: () => output,
    async stop(signal = 'SIGTERM', timeoutMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(killer);
      }
    },
  };

  const deadline = Date.now() + startTimeoutMs;
  let exitedEarly: ExitStatus | undefined;
  void exited.then((status) => (exitedEarly = status));
  while (!(await isHealthy(bot.url))) {
    if (exitedEarly) throw new Error(`bot exited (${JSON.stringify(exitedEarly)}) before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      await bot.stop('SIGKILL');
      throw new Error(`bot did not answer /healthz within ${startTimeoutMs} ms:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return bot;
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`);
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
