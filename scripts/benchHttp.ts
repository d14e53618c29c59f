// npm run bench:http: the bot against an echo bot on the same server stack, both driven with the same workload over
// loopback in alternating rounds. Run with `--help` for the options.
import { formatDuration } from '../knowledge/evaluation/report';
import { processOutput, runCommand } from './commandLine';
import { BotTarget, ECHO_BOT, REAL_BOT, runLoadSessions, TargetResult } from './load/botUnderLoad';
import { LoadDefaults, loadUsage, parseLoadFlags } from './load/loadCommandLine';
import { describeLoadAverage, describeMachine, describeWorkload, formatRatio, memoryTable, problemLines, resultsTable } from './load/loadReport';

const DEFAULTS: LoadDefaults = { conversations: 200, turns: 5, concurrency: 32, 'warm-up': 1000, rounds: 6, processes: 2 };
const USAGE = loadUsage('bench:http', DEFAULTS);
/** The bot should keep at least this share of the echo bot's throughput: its own work must not dominate a turn. */
const TARGET_THROUGHPUT_RATIO = 0.9;

/** One echo and one bot process, started together; the bot's rounds come right after the echo's. */
interface ProcessPair {
  echo: TargetResult;
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

function ratioLines(pairs: readonly ProcessPair[]): string[] {
  const echo = pooled(pairs.map((pair) => pair.echo));
  const bot = pooled(pairs.map((pair) => pair.bot));
  const throughput = bot.turnsPerSecond / echo.turnsPerSecond;
  const verdict = throughput >= TARGET_THROUGHPUT_RATIO ? 'met' : 'missed';
  const ofPair = (i: number) => (pairs.length > 1 ? `, processes ${i + 1}` : '');
  const byRound = ({ echo: echoProcess, bot: botProcess }: ProcessPair) =>
    botProcess.roundTurnsPerSecond.map((rate, round) => formatRatio(rate / echoProcess.roundTurnsPerSecond[round])).join(', ');
  const lines = [
    `bot/echo throughput: ${formatRatio(throughput)} (target ≥ ${TARGET_THROUGHPUT_RATIO}x: ${verdict})`,
    // Each bot round right after its echo's: how far the machine moves the ratio between neighbouring rounds.
    ...pairs.map((pair, i) => `bot/echo throughput by round${ofPair(i)}: ${byRound(pair)}`),
    // When the CPU is the bottleneck, the throughput ratio tends to this one, whatever else runs on the machine.
    `echo/bot CPU per turn: ${formatRatio(echo.cpuMsPerTurn / bot.cpuMsPerTurn)} (${formatDuration(echo.cpuMsPerTurn)} / ${formatDuration(bot.cpuMsPerTurn)})`,
  ];
  if (pairs.length > 1) {
    // A process keeps its own speed for its whole life (code layout, what V8 compiled when): hence several of each.
    lines.push(`bot/echo throughput by processes: ${pairs.map(({ echo: e, bot: b }) => formatRatio(b.run.turnsPerSecond / e.run.turnsPerSecond)).join(', ')}`);
  }
  pairs.forEach(({ echo: { run: e }, bot: { run: b } }, i) => {
    if (e.latency && b.latency) {
      lines.push(`bot/echo latency${ofPair(i)}: p50 ${formatRatio(b.latency.p50Ms / e.latency.p50Ms)}, p99 ${formatRatio(b.latency.p99Ms / e.latency.p99Ms)}`);
    }
  });
  return lines;
}

/** echo, bot, echo-2, bot-2, …: runLoadSessions plays each round in this order. */
function processPairs(count: number): BotTarget[] {
  return Array.from({ length: count }, (_, i) =>
    [ECHO_BOT, REAL_BOT].map((target) => (i === 0 ? target : { ...target, name: `${target.name}-${i + 1}` })),
  ).flat();
}

async function benchHttp(args: readonly string[]): Promise<void> {
  const flags = parseLoadFlags(args, DEFAULTS);
  if (flags.help) return processOutput.out(USAGE);
  const processes = flags.processes ?? 1;
  const workload = `${describeWorkload(flags)}${processes > 1 ? `; ${processes} processes of each bot` : ''}`;
  processOutput.out(`Machine: ${describeMachine()}\nWorkload: ${workload}\n${describeLoadAverage('at the start')}\n`);

  const { results, profiles } = await runLoadSessions(processPairs(processes), flags, processOutput);
  const pairs = Array.from({ length: processes }, (_, i) => ({ echo: results[2 * i], bot: results[2 * i + 1] }));
  processOutput.out(`${resultsTable(results)}\n\n${ratioLines(pairs).join('\n')}\n\n${memoryTable(results)}`);
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
