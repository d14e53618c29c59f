import WebSocket from 'ws';

/** The node flag that opens the inspector on loopback, on a port the system picks (printed in the process output). */
export const INSPECT_ON_LOOPBACK = '--inspect=127.0.0.1:0';

const INSPECTOR_URL = /ws:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]+/;
const CALL_TIMEOUT_MS = 30_000;

interface ProtocolAnswer {
  id: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * A Chrome DevTools protocol session with another Node process, started with INSPECT_ON_LOOPBACK. The load commands
 * use it to collect the bot's garbage before reading its memory: V8 collects lazily, so without it RSS mostly shows
 * how much garbage the last seconds left, not what the bot keeps.
 */
export class InspectorSession {
  private nextId = 1;
  private readonly pending = new Map<number, (answer: ProtocolAnswer) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const answer = JSON.parse(String(data)) as ProtocolAnswer;
      this.pending.get(answer.id)?.(answer);
    });
  }

  /** Connects to the inspector whose address the process printed in `output`. */
  static async connect(output: string): Promise<InspectorSession> {
    const url = INSPECTOR_URL.exec(output)?.[0];
    if (!url) throw new Error(`no inspector address in the process output; was it started with ${INSPECT_ON_LOOPBACK}?`);
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new InspectorSession(socket);
  }

  /** Sends one protocol command and resolves with its result; rejects on a protocol error or after 30 s. */
  call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => settle({ id, error: { message: `no answer within ${CALL_TIMEOUT_MS} ms` } }), CALL_TIMEOUT_MS);
      const settle = (answer: ProtocolAnswer) => {
        clearTimeout(timer);
        this.pending.delete(id);
        if (answer.error) reject(new Error(`inspector ${method}: ${answer.error.message}`));
        else resolve(answer.result as T);
      };
      this.pending.set(id, settle);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** A full garbage collection in the inspected process. */
  async collectGarbage(): Promise<void> {
    await this.call('HeapProfiler.collectGarbage');
  }

  /** The inspected process's V8 heap in use, in bytes. */
  async heapUsedBytes(): Promise<number> {
    const { result } = await this.call<{ result: { value: number } }>('Runtime.evaluate', {
      expression: 'process.memoryUsage().heapUsed',
      returnByValue: true,
    });
    return result.value;
  }

  close(): void {
    this.socket.close();
  }
}
