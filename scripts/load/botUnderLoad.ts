import { join } from 'node:path';
import { projectRoot } from '../../bot/projectRoot';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { BotEntry, ExitStatus, startBotProcess } from '../../test/support/botProcess';
import type { CommandOutput } from '../commandLine';
import { knowledgeDirectory, loadProjectKnowledge } from '../projectData';
import { answersItsQuestion, echoesItsMessage, planConversations, ReplyCheck, WorkloadShape } from './conversationPlan';
import { LoadConnector } from './loadConnector';
import { runLoad } from './loadDriver';
import { LoadSummary, summariseRun } from './loadSummary';
import { MicrosecondWindow, monotonicMicroseconds, summariseCpuProfile } from './cpuProfile';
import type { LoadFlags } from './loadCommandLine';
import { readRssBytes } from './processMemory';

/** A bot the load commands start and drive. */
export interface BotTarget {
  name: string;
  /** How to start it; the real bot from source when omitted. */
  entry?: BotEntry;
  /** How its replies answer a message. */
  answers: ReplyCheck;
}

export const REAL_BOT: BotTarget = { name: 'bot', answers: answersItsQuestion };
export const ECHO_BOT: BotTarget = { name: 'echo', entry: { script: 'scripts/load/echoBot.ts' }, answers: echoesItsMessage };

export interface LoadSession {
  knowledge: KnowledgeBase;
  connector: LoadConnector;
  workload: WorkloadShape;
  concurrency: number;
  /** Conversations played first and not measured: JIT compilation, caches and pools settle. */
  warmUpConversations: number;
  /** Added to the bot's environment (e.g. NODE_OPTIONS=--cpu-prof). */
  env?: Record<string, string>;
}

/** The bot's resident memory (RSS) at three moments. */
export interface MemoryReadings {
  startedBytes: number;
  afterWarmUpBytes: number;
  afterRunBytes: number;
}

export interface TargetResult {
  target: string;
  warmUp: LoadSummary;
  run: LoadSummary;
  memory: MemoryReadings;
  /** How the bot exited on SIGTERM after the run: a graceful shutdown is { code: 0 }. */
  exit: ExitStatus;
  /** When the measured run ran, to cut a CPU profile down to it. */
  runWindow: MicrosecondWindow;
}

/** Starts the target as its own process, warms it up, measures one run, then stops it with SIGTERM. */
export async function loadTarget(target: BotTarget, session: LoadSession): Promise<TargetResult> {
  const { knowledge, connector, workload, concurrency, warmUpConversations } = session;
  const bot = await startBotProcess({ entry: target.entry, env: session.env });
  try {
    const pid = bot.child.pid as number;
    const play = async (label: string, shape: WorkloadShape) => {
      const conversations = planConversations(knowledge, shape, `${target.name}-${label}`);
      return summariseRun(await runLoad({ botUrl: bot.url, connector, conversations, concurrency }), target.answers);
    };
    const startedBytes = readRssBytes(pid);
    const warmUp = await play('warm-up', { ...workload, conversations: warmUpConversations });
    const afterWarmUpBytes = readRssBytes(pid);
    const fromUs = monotonicMicroseconds();
    const run = await play('run', workload);
    const runWindow = { fromUs, toUs: monotonicMicroseconds() };
    const afterRunBytes = readRssBytes(pid);
    const exit = await bot.stop('SIGTERM');
    return { target: target.name, warmUp, run, memory: { startedBytes, afterWarmUpBytes, afterRunBytes }, exit, runWindow };
  } catch (error) {
    throw new Error(`${target.name}: ${(error as Error).message}\n--- its output ---\n${bot.output()}`, { cause: error });
  } finally {
    await bot.stop('SIGKILL');
  }
}

export interface LoadSessionsResult {
  results: TargetResult[];
  /** Where each bot's CPU time went during its measured run, when --cpu-prof was given. */
  profiles?: string;
}

/** The flags that shape a session, as both load commands take them. */
export type SessionFlags = Pick<LoadFlags, 'conversations' | 'turns' | 'concurrency' | 'warm-up' | 'cpu-prof'>;

/**
 * Loads each target in turn (never two at once: they would share the CPU) through one connector, with the same
 * workload, and reports progress on `output.error` so stdout keeps only the results.
 */
export async function runLoadSessions(targets: readonly BotTarget[], flags: SessionFlags, output: CommandOutput): Promise<LoadSessionsResult> {
  const knowledge = loadProjectKnowledge();
  const connector = await LoadConnector.start();
  const profileDir = flags['cpu-prof'];
  try {
    const results: TargetResult[] = [];
    const profiles: string[] = [];
    for (const target of targets) {
      output.error(`${target.name}: starting, then ${flags['warm-up']} warm-up and ${flags.conversations} measured conversations…`);
      const profileName = `${target.name}.cpuprofile`;
      const result = await loadTarget(target, {
        knowledge,
        connector,
        workload: { conversations: flags.conversations, turnsPerConversation: flags.turns },
        concurrency: flags.concurrency,
        warmUpConversations: flags['warm-up'],
        env: {
          // The bot must answer from the same knowledge the driver takes its questions and expected answers from.
          KNOWLEDGE_DIR: join(projectRoot, knowledgeDirectory),
          ...(profileDir && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir} --cpu-prof-name=${profileName}` }),
        },
      });
      results.push(result);
      if (profileDir) profiles.push(`${target.name}: ${summariseCpuProfile(join(profileDir, profileName), projectRoot, result.runWindow)}`);
    }
    return { results, profiles: profileDir ? profiles.join('\n\n') : undefined };
  } finally {
    await connector.close();
  }
}
