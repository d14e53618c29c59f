// npm run bench:http: the bot against an echo bot on the same server stack (or, with --baseline reply-shaped, an echo
// answering with replies and state of the bot's shape), both driven with the same workload over
// loopback in alternating rounds. Run with `--help` for the options.
import { formatDuration } from '../knowledge/evaluation/report';
import { processOutput, runCommand } from './commandLine';
import { BotTarget, ECHO_BOT, REAL_BOT, REPLY_SHAPED_ECHO_BOT, runLoadSessions, TargetResult } from './load/botUnderLoad';
import { BASELINES, LoadDefaults, loadUsage, parseLoadFlags } from './load/loadCommandLine';
import { describeLoadAverage, describeMachine, describeWorkload, formatRatio, memoryTable, problemLines, resultsTable } from './load/loadReport';

const DEFAULTS: LoadDefaults = { conversations: 200, turns: 5, concurrency: 32, 'warm-up': 1000, rounds: 6, processes: 2, baseline: 'echo' };
const USAGE = loadUsage('bench:http', DEFAULTS);
/** The bot should keep at least this share of the echo bot's throughput: its own work must not dominate a turn. */
const TARGET_THROUGHPUT_RATIO = 0.9;
const BASELINE_TARGETS = { echo: ECHO_BOT, 'reply-shaped': REPLY_SHAPED_ECHO_BOT } satisfies Record<(typeof BASELINES)[number], BotTarget>;

/** One baseline and one bot process, started together; the bot's rounds come right after the baseline's. */
interface ProcessPair {
  baseline: TargetResult;
  bot: TargetResult;
}

/** Every process of one bot as if it were one: all their measured turns over all their rounds' time. */
function pooled(results: readonly TargetResult[]) {
  const turns = results.reduce((sum, { run }) => sum + run.answeredTurns, 0);
  const seconds = results.reduce((sum, { run }) => sum + run.durationMs / 1000, 0);
  const planned = results.reduce((sum, { run }) => sum + run.plannedTurns, 0);
  const cpuMs = results.reduce((sum, { run, cpuMsPerTurn }) => sum + cpuMsPerTurn * run.plannedTurns, 0);
  return { turnsPerSecond: turns / seconds, cpuMsPerTurn: cpuMs / planned };
}

function ratioLines(pairs: readonly ProcessPair[], baselineName: string): string[] {
  const baseline = pooled(pairs.map((pair) => pair.baseline));
  const bot = pooled(pairs.map((pair) => pair.bot));
  const throughput = bot.turnsPerSecond / baseline.turnsPerSecond;
  // The target is set against the plain echo; against the reply-shaped echo the ratio is the bot's own work alone.
  const verdict =
    baselineName === ECHO_BOT.name
      ? `target ≥ ${TARGET_THROUGHPUT_RATIO}x: ${throughput >= TARGET_THROUGHPUT_RATIO ? 'met' : 'missed'}`
      : `the target is set against the echo`;
  const versus = `bot/${baselineName}`;
  const ofPair = (i: number) => (pairs.length > 1 ? `, processes ${i + 1}` : '');
  const byRound = ({ baseline: baselineProcess, bot: botProcess }: ProcessPair) =>
    botProcess.roundTurnsPerSecond.map((rate, round) => formatRatio(rate / baselineProcess.roundTurnsPerSecond[round])).join(', ');
  const lines = [
    `${versus} throughput: ${formatRatio(throughput)} (${verdict})`,
    // Each bot round right after its baseline's: how far the machine moves the ratio between neighbouring rounds.
    ...pairs.map((pair, i) => `${versus} throughput by round${ofPair(i)}: ${byRound(pair)}`),
    // When the CPU is the bottleneck, the throughput ratio tends to this one, whatever else runs on the machine.
    `${baselineName}/bot CPU per turn: ${formatRatio(baseline.cpuMsPerTurn / bot.cpuMsPerTurn)} (${formatDuration(baseline.cpuMsPerTurn)} / ${formatDuration(bot.cpuMsPerTurn)})`,
  ];
  if (pairs.length > 1) {
    // A process keeps its own speed for its whole life (code layout, what V8 compiled when): hence several of each.
    lines.push(`${versus} throughput by processes: ${pairs.map(({ baseline: e, bot: b }) => formatRatio(b.run.turnsPerSecond / e.run.turnsPerSecond)).join(', ')}`);
  }
  pairs.forEach(({ baseline: { run: e }, bot: { run: b } }, i) => {
    if (e.latency && b.latency) {
      lines.push(`${versus} latency${ofPair(i)}: p50 ${formatRatio(b.latency.p50Ms / e.latency.p50Ms)}, p99 ${formatRatio(b.latency.p99Ms / e.latency.p99Ms)}`);
    }
  });
  return lines;
}

/** echo, bot, echo-2, bot-2, …: runLoadSessions plays each round in this order. */
function processPairs(baseline: BotTarget, count: number): BotTarget[] {
  return Array.from({ length: count }, (_, i) =>
    [baseline, REAL_BOT].map((target) => (i === 0 ? target : { ...target, name: `${target.name}-${i + 1}` })),
  ).flat();
}

async function benchHttp(args: readonly string[]): Promise<void> {
  const flags = parseLoadFlags(args, DEFAULTS);
  if (flags.help) return processOutput.out(USAGE);
  const processes = flags.processes ?? 1;
  const baseline = BASELINE_TARGETS[flags.baseline ?? 'echo'];
  const workload = `${describeWorkload(flags)}${processes > 1 ? `; ${processes} processes of each bot` : ''}; baseline: ${baseline.name}`;
  processOutput.out(`Machine: ${describeMachine()}\nWorkload: ${workload}\n${describeLoadAverage('at the start')}\n`);

  const { results, profiles } = await runLoadSessions(processPairs(baseline, processes), flags, processOutput);
  const pairs = Array.from({ length: processes }, (_, i) => ({ baseline: results[2 * i], bot: results[2 * i + 1] }));
  processOutput.out(`${resultsTable(results)}\n\n${ratioLines(pairs, baseline.name).join('\n')}\n\n${memoryTable(results)}`);
  processOutput.out(`\n${describeLoadAverage('at the end')}`);
  if (profiles) processOutput.out(`\n${profiles}`);

  const problems = results.flatMap((result) => problemLines(result.target, result.run));
  if (problems.length) {
    processOutput.error(`\nThe figures are not trustworthy:\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
}

void runCommand(() => benchHttp(process.argv.slice(2)), USAGE, processOutput).then((code) => {
  if (code !== 0) process.exitCode = code;
});
