import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/freePort';

/** The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground): a local Teams client for a bot. */
export interface Playground {
  /** Its web UI, e.g. http://127.0.0.1:41234. */
  url: string;
  /** What it printed and logged so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** How long to wait for it to listen. */
  startTimeoutMs?: number;
}

const PROJECT_TSCONFIG = resolve(__dirname, '../../tsconfig.json');
const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const TS_NODE = require.resolve('ts-node/register/transpile-only');
const LOOPBACK_ONLY = require.resolve('./playgroundLoopbackOnly');

/**
 * The environment that keeps the Playground offline and out of the way. --disable-telemetry only stops its own
 * events: the Application Insights SDK it creates anyway still sends "statsbeat" telemetry and probes the Azure
 * metadata address unless told not to. It opens a browser unless TEAMSAPPTESTER_BROWSER is none, and writes its log
 * to ./devTools unless given a file.
 */
function playgroundEnvironment(workDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
    // ts-node (for the preload) would otherwise look for a tsconfig.json in the temporary working directory.
    TS_NODE_PROJECT: PROJECT_TSCONFIG,
  };
}

/**
 * Starts the Playground as a Microsoft Teams client of the bot, on the loopback interface only (see
 * playgroundLoopbackOnly.ts), in a temporary working directory (it looks for a config file and writes recordings
 * there). Resolves once it listens.
 */
export async function startPlayground({ botEndpoint, startTimeoutMs = 30_000 }: PlaygroundOptions): Promise<Playground> {
  // Its port must be known before it starts: the connector URL the bot replies to is given on the command line.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const workDir = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  const args = [
    ...['-r', TS_NODE, '-r', LOOPBACK_ONLY, CLI],
    ...['--app-endpoint', botEndpoint, '--channel-id', 'msteams', '--port', String(port)],
    ...['--service-url', `${url}/_connector`, '--disable-telemetry'],
  ];
  const child = spawn(process.execPath, args, { cwd: workDir, env: playgroundEnvironment(workDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const output = () => `${printed}${readLog(workDir)}`;

  const playground: Playground = {
    url,
    output,
    async stop() {
      await stopChild(child);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForListening(child, port, startTimeoutMs, () => printed);
  } catch (error) {
    const log = output();
    await playground.stop();
    throw new Error(`${(error as Error).message}\n--- Playground output ---\n${log}`);
  }
  return playground;
}

/** Resolves when the Playground says it listens on `port`; rejects if it exits, picks another port, or times out. */
function waitForListening(child: ChildProcess, port: number, timeoutMs: number, printed: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const listening = /Listening on (\d+)/.exec(printed());
      if (!listening) return;
      finish();
      // It falls back to a random port when the one asked for is taken, and the bot would then reply to a dead URL.
      if (Number(listening[1]) === port) resolve();
      else reject(new Error(`the Playground listens on ${listening[1]}, not on the free port ${port} it was given`));
    };
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      finish();
      reject(new Error(`the Playground exited (code ${code}, signal ${signal}) before listening`));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`the Playground did not listen within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', exited);
    };
    child.stdout?.on('data', check);
    child.once('exit', exited);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}

function readLog(workDir: string): string {
  try {
    return readFileSync(join(workDir, 'playground.log'), 'utf8');
  } catch {
    return '';
  }
}
