import { join } from 'node:path';
import { projectRoot } from '../../bot/projectRoot';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { BotEntry, BotProcess, ExitStatus, startBotProcess } from '../../test/support/botProcess';
import type { CommandOutput } from '../commandLine';
import { knowledgeDirectory, loadProjectKnowledge } from '../projectData';
import {
  answersItsQuestion,
  echoesItsMessage,
  leadsWithItsMessage,
  planConversations,
  ReplyCheck,
  selfContainedQuestions,
} from './conversationPlan';
import { MicrosecondWindow, monotonicMicroseconds, summariseCpuProfile } from './cpuProfile';
import { INSPECT_ON_LOOPBACK, InspectorSession } from './inspectorSession';
import type { LoadFlags } from './loadCommandLine';
import { LoadConnector } from './loadConnector';
import { combineRuns, LoadRun, runLoad } from './loadDriver';
import { LoadSummary, summariseRun } from './loadSummary';
import { readCpuMs, readRssBytes } from './processStats';

/** A bot the load commands start and drive. */
export interface BotTarget {
  name: string;
  entry: BotEntry;
  /** How its replies answer a message. */
  answers: ReplyCheck;
}

// Both from the build, as `npm start` runs the bot: under ts-node the TypeScript compiler would sit in each bot's heap,
// and every garbage collection would go through it.
export const REAL_BOT: BotTarget = { name: 'bot', entry: { script: 'bot/index.ts', from: 'dist' }, answers: answersItsQuestion };
export const ECHO_BOT: BotTarget = { name: 'echo', entry: { script: 'scripts/load/echoBot.ts', from: 'dist' }, answers: echoesItsMessage };
export const REPLY_SHAPED_ECHO_BOT: BotTarget = {
  name: 'reply-shaped',
  entry: { script: 'scripts/load/replyShapedEchoBot.ts', from: 'dist' },
  answers: leadsWithItsMessage,
};

/** The bot's memory at one moment. */
export interface MemoryReading {
  /** RSS as found, with whatever garbage V8 has not collected yet. */
  rssBytes: number;
  /** RSS right after a full garbage collection: what the bot keeps, plus V8's spare pages. */
  rssAfterGcBytes: number;
  /** The V8 heap in use after that collection: the live objects alone. */
  heapAfterGcBytes: number;
}

/** Read when the bot has started, after the warm-up, and after the measured rounds. */
export interface MemoryReadings {
  started: MemoryReading;
  afterWarmUp: MemoryReading;
  afterRun: MemoryReading;
}

export interface TargetResult {
  target: string;
  warmUp: LoadSummary;
  /** The measured rounds together. */
  run: LoadSummary;
  /** Throughput of each round, to show how steady the machine was. */
  roundTurnsPerSecond: number[];
  /**
   * The bot's CPU time per measured turn. On a busy machine throughput says as much about the other processes as
   * about the bot; the CPU each turn costs does not.
   */
  cpuMsPerTurn: number;
  memory: MemoryReadings;
  /** How the bot exited on SIGTERM after the run: a graceful shutdown is { code: 0 }. */
  exit: ExitStatus;
  /** When its measured rounds ran, to cut a CPU profile down to them. */
  runWindows: MicrosecondWindow[];
}

export interface LoadSessionsResult {
  results: TargetResult[];
  /** Where each bot's CPU time went during its measured rounds, when --cpu-prof was given. */
  profiles?: string;
}

/** The flags that shape a session, as both load commands take them. */
export type SessionFlags = Pick<LoadFlags, 'conversations' | 'turns' | 'concurrency' | 'warm-up' | 'rounds' | 'cpu-prof'>;

/** One target's process, started, with its memory as it started. */
interface StartedTarget {
  target: BotTarget;
  bot: BotProcess;
  started: MemoryReading;
}

/** A started target after its warm-up, collecting its measured rounds. */
interface WarmTarget extends StartedTarget {
  warmUp: LoadSummary;
  afterWarmUp: MemoryReading;
  rounds: Array<{ run: LoadRun; window: MicrosecondWindow; cpuMs: number }>;
}

/** Reads the memory through an inspector session opened for the reading alone: nothing watches the bot's rounds. */
async function readMemory({ bot }: Pick<StartedTarget, 'bot'>): Promise<MemoryReading> {
  const pid = bot.child.pid as number;
  const rssBytes = readRssBytes(pid);
  const inspector = await InspectorSession.connect(bot.output());
  try {
    await inspector.collectGarbage();
    return { rssBytes, rssAfterGcBytes: readRssBytes(pid), heapAfterGcBytes: await inspector.heapUsedBytes() };
  } finally {
    inspector.close();
  }
}

function profileFile(profileDir: string, target: BotTarget): string {
  return join(profileDir, `${target.name}.cpuprofile`);
}

/**
 * Starts every target as its own process, warms each up, then plays `rounds` measured runs of the same workload,
 * one target at a time (never two at once: they would share the CPU) and alternating, so a change in the machine's
 * background load falls on all of them alike. Stops each with SIGTERM at the end. Progress goes to `output.error`,
 * so stdout keeps only the results.
 */
export async function runLoadSessions(targets: readonly BotTarget[], flags: SessionFlags, output: CommandOutput): Promise<LoadSessionsResult> {
  const knowledge = loadProjectKnowledge();
  const entries = selfContainedQuestions(knowledge, KnowledgeMatcher.fromKnowledge(knowledge));
  const connector = await LoadConnector.start();
  const profileDir = flags['cpu-prof'];
  const started: StartedTarget[] = [];
  /** Plays conversations that continue the target's session: its out-of-scope requests never repeat an earlier one. */
  const play = ({ target, bot }: StartedTarget, label: string, conversations: number, conversationsBefore: number) =>
    runLoad({
      botUrl: bot.url,
      connector,
      conversations: planConversations(
        entries,
        { conversations, turnsPerConversation: flags.turns, conversationsBefore },
        `${target.name}-${label}`,
      ),
      concurrency: flags.concurrency,
    });

  try {
    for (const target of targets) {
      output.error(`${target.name}: starting…`);
      const bot = await startBotProcess({
        entry: target.entry,
        // The bot must answer from the same knowledge the driver takes its questions and expected answers from.
        env: { KNOWLEDGE_DIR: join(projectRoot, knowledgeDirectory) },
        nodeFlags: [INSPECT_ON_LOOPBACK, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${target.name}.cpuprofile`] : [])],
      });
      started.push({ target, bot, started: await readMemory({ bot }) });
    }
    const warm: WarmTarget[] = [];
    for (const target of started) {
      output.error(`${target.target.name}: warming up with ${flags['warm-up']} conversations…`);
      const warmUp = summariseRun(await play(target, 'warm-up', flags['warm-up'], 0), target.target.answers);
      warm.push({ ...target, warmUp, afterWarmUp: await readMemory(target), rounds: [] });
    }
    for (let round = 1; round <= flags.rounds; round += 1) {
      for (const target of warm) {
        output.error(`${target.target.name}: round ${round} of ${flags.rounds}, ${flags.conversations} conversations…`);
        const pid = target.bot.child.pid as number;
        const [fromUs, cpuBeforeMs] = [monotonicMicroseconds(), readCpuMs(pid)];
        const run = await play(target, `round-${round}`, flags.conversations, flags['warm-up'] + (round - 1) * flags.conversations);
        target.rounds.push({ run, window: { fromUs, toUs: monotonicMicroseconds() }, cpuMs: readCpuMs(pid) - cpuBeforeMs });
      }
    }
    const results: TargetResult[] = [];
    for (const target of warm) {
      const afterRun = await readMemory(target);
      results.push(resultOf(target, afterRun, await target.bot.stop('SIGTERM')));
    }
    const profiles = profileDir
      ? results.map((result, i) => `${result.target}: ${summariseCpuProfile(profileFile(profileDir, targets[i]), projectRoot, result.runWindows)}`)
      : undefined;
    return { results, profiles: profiles?.join('\n\n') };
  } catch (error) {
    const outputs = started.map(({ target, bot }) => `--- output of ${target.name} ---\n${bot.output()}`);
    throw new Error([(error as Error).message, ...outputs].join('\n'), { cause: error });
  } finally {
    for (const { bot } of started) await bot.stop('SIGKILL');
    await connector.close();
  }
}

function resultOf({ target, rounds, started, warmUp, afterWarmUp }: WarmTarget, afterRun: MemoryReading, exit: ExitStatus): TargetResult {
  const run = summariseRun(combineRuns(rounds.map((round) => round.run)), target.answers);
  return {
    target: target.name,
    warmUp,
    run,
    roundTurnsPerSecond: rounds.map((round) => summariseRun(round.run, target.answers).turnsPerSecond),
    cpuMsPerTurn: rounds.reduce((sum, round) => sum + round.cpuMs, 0) / run.plannedTurns,
    memory: { started, afterWarmUp, afterRun },
    exit,
    runWindows: rounds.map((round) => round.window),
  };
}
