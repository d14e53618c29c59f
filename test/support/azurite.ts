import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './freePort';

const AZURITE_BLOB = resolve(__dirname, '../../node_modules/.bin/azurite-blob');
/** Azurite's fixed development account, published by Microsoft; it is not a secret. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * A real Azurite blob service (the Azure Storage emulator from the azurite devDependency) on a free loopback port,
 * keeping its data in a temporary folder. It can be stopped and started again on the same port and folder, as when
 * the storage goes down and comes back; dispose() stops it and removes the folder.
 */
export class Azurite {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private output = '';
  /** Kills the emulator if the test process ends without stopping it (a crash), so no orphan keeps running. */
  private readonly killOnExit = () => this.child?.kill('SIGKILL');

  private constructor(
    readonly port: number,
    private readonly location: string,
  ) {}

  static async start(): Promise<Azurite> {
    const azurite = new Azurite(await freePort(), await mkdtemp(join(tmpdir(), 'azurite-')));
    try {
      await azurite.restart();
    } catch (error) {
      await azurite.dispose();
      throw error;
    }
    return azurite;
  }

  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${this.port}/${DEV_ACCOUNT};`;
  }

  /** Starts the service (again) on the same port and folder, so what was written before is there; resolves once it accepts connections. */
  async restart(): Promise<void> {
    if (this.child) throw new Error('Azurite is already running');
    const child = spawn(
      process.execPath,
      [AZURITE_BLOB, '--blobHost', '127.0.0.1', '--blobPort', String(this.port), '--location', this.location, '--silent', '--skipApiVersionCheck', '--loose'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child = child;
    this.exited = new Promise((resolveExit) => child.once('exit', () => resolveExit()));
    process.once('exit', this.killOnExit);
    await this.waitUntilListening(child);
  }

  /** Stops the service (SIGTERM, so it saves its data; SIGKILL if it takes too long). */
  async stop(): Promise<void> {
    const { child, exited } = this;
    if (!child || !exited) return;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(killer);
    process.off('exit', this.killOnExit);
    this.child = undefined;
    this.exited = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.location, { recursive: true, force: true });
  }

  private async waitUntilListening(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await accepts(this.port))) {
      const exitedEarly = child.exitCode !== null || child.signalCode !== null;
      if (exitedEarly || Date.now() > deadline) {
        await this.stop();
        throw new Error(`Azurite did not listen on port ${this.port} (${exitedEarly ? 'it exited' : `${START_TIMEOUT_MS} ms`}):\n${this.output}`);
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolveCheck) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveCheck(true);
    });
    socket.once('error', () => resolveCheck(false));
  });
}
