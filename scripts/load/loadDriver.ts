import { Agent, request } from 'node:http';
import type { PlannedConversation, PlannedTurn } from './conversationPlan';
import type { DeliveredReply, LoadConnector } from './loadConnector';

export interface LoadRunOptions {
  /** Base URL of the bot, e.g. http://127.0.0.1:41234 (loopback only). */
  botUrl: string;
  connector: LoadConnector;
  conversations: readonly PlannedConversation[];
  /** Conversations played at the same time; each plays its turns one after another, as a user does. */
  concurrency: number;
  /** A turn without its HTTP answer and its reply by then fails, so no wait is unbounded. */
  turnTimeoutMs?: number;
  /** No turn starts after this long; the turns left count as not run. */
  runTimeoutMs?: number;
  /** Called as each turn ends (tests use it to act mid-run, e.g. send SIGTERM). */
  onTurnEnd?(outcome: TurnOutcome): void;
}

/** What happened to one message. Times are performance.now() milliseconds. */
export interface TurnOutcome {
  conversation: PlannedConversation;
  turn: PlannedTurn;
  activityId: string;
  startedMs: number;
  endedMs: number;
  /** HTTP status of POST /api/messages, when an answer came. */
  status?: number;
  /** Why the turn failed, if it did: no HTTP answer (the network error code) or no reply. */
  failure?: string;
  /** Every activity the bot posted in reply to this message. */
  replies: DeliveredReply[];
}

export interface LoadRun {
  outcomes: TurnOutcome[];
  /** Planned turns never started because the run timed out. */
  notRun: number;
  /** Replies to no message of this run: cross-talk, or a reply that came after its turn gave up waiting. */
  strayReplies: DeliveredReply[];
  durationMs: number;
}

/** The channel the driver plays: Web Chat, the way most users would reach the bot. */
export const LOAD_CHANNEL_ID = 'webchat';

/** Several runs as one, e.g. the rounds of a benchmark: their turns together, over their time together. */
export function combineRuns(runs: readonly LoadRun[]): LoadRun {
  return {
    outcomes: runs.flatMap((run) => run.outcomes),
    notRun: runs.reduce((sum, run) => sum + run.notRun, 0),
    strayReplies: runs.flatMap((run) => run.strayReplies),
    durationMs: runs.reduce((sum, run) => sum + run.durationMs, 0),
  };
}

const DEFAULT_TURN_TIMEOUT_MS = 30_000;
const DEFAULT_RUN_TIMEOUT_MS = 15 * 60_000;
/** How long replies may trail the HTTP answer: the bot sends them before it answers, so this is only slack. */
const LATE_REPLY_GRACE_MS = 1_000;

/**
 * Plays the channel for many conversations at once over loopback: each message is POSTed to /api/messages with
 * serviceUrl pointing at the load connector, and its turn ends once the HTTP answer and the bot's message reply
 * are both in. Judging the replies is left to loadSummary.
 */
export async function runLoad(options: LoadRunOptions): Promise<LoadRun> {
  const { connector, conversations, concurrency, runTimeoutMs = DEFAULT_RUN_TIMEOUT_MS } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const strayBefore = connector.unexpected.length;
  const outcomes: TurnOutcome[] = [];
  const started = performance.now();
  const deadline = started + runTimeoutMs;
  const expectedIds: string[] = [];
  let next = 0;

  const playConversations = async () => {
    while (next < conversations.length && performance.now() < deadline) {
      const conversation = conversations[next++];
      for (const [index, turn] of conversation.turns.entries()) {
        if (performance.now() >= deadline) break;
        const activityId = `${conversation.id}-message-${index}`;
        expectedIds.push(activityId);
        const outcome = await playTurn({ ...options, agent, conversation, turn, activityId });
        outcomes.push(outcome);
        options.onTurnEnd?.(outcome);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, playConversations));
    const durationMs = performance.now() - started;
    // Replies a turn gave up on may still come; filed under their message they are an error, not cross-talk.
    await new Promise((wait) => setTimeout(wait, outcomes.some((outcome) => outcome.failure) ? LATE_REPLY_GRACE_MS : 0));
    const planned = conversations.reduce((sum, conversation) => sum + conversation.turns.length, 0);
    return { outcomes, notRun: planned - outcomes.length, strayReplies: connector.unexpected.slice(strayBefore), durationMs };
  } finally {
    for (const id of expectedIds) connector.forget(id);
    agent.destroy();
  }
}

interface TurnRequest extends LoadRunOptions {
  agent: Agent;
  conversation: PlannedConversation;
  turn: PlannedTurn;
  activityId: string;
}

async function playTurn({ botUrl, connector, agent, conversation, turn, activityId, turnTimeoutMs = DEFAULT_TURN_TIMEOUT_MS }: TurnRequest): Promise<TurnOutcome> {
  let messageArrived: () => void = () => undefined;
  const replyIn = new Promise<void>((resolve) => (messageArrived = resolve));
  const replies = connector.expect(activityId, () => {
    if (replies.some((reply) => reply.activity.type === 'message')) messageArrived();
  });
  const body = JSON.stringify({
    type: 'message',
    id: activityId,
    timestamp: new Date().toISOString(),
    channelId: LOAD_CHANNEL_ID,
    serviceUrl: connector.serviceUrl,
    from: { id: conversation.userId, name: 'Load test user' },
    recipient: { id: 'load-test-bot', name: 'Bot' },
    conversation: { id: conversation.id },
    locale: conversation.locale,
    text: turn.text,
    textFormat: 'plain',
  });
  const outcome: TurnOutcome = { conversation, turn, activityId, startedMs: performance.now(), endedMs: 0, replies };
  try {
    outcome.status = await post(`${botUrl}/api/messages`, body, agent, turnTimeoutMs);
    if (outcome.status >= 200 && outcome.status < 300) {
      const waitMs = Math.max(0, outcome.startedMs + turnTimeoutMs - performance.now());
      if (!(await settlesWithin(replyIn, waitMs))) outcome.failure = `no reply within ${turnTimeoutMs} ms`;
    } else {
      outcome.failure = `HTTP ${outcome.status}`;
    }
  } catch (error) {
    outcome.failure = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  outcome.endedMs = performance.now();
  return outcome;
}

/** POSTs JSON and resolves with the status once the whole answer is read. */
function post(url: string, body: string, agent: Agent, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.on('error', reject);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.resume();
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no HTTP answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function settlesWithin(promise: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([promise.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
