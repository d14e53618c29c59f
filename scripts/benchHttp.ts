// npm run bench:http: the bot against an echo bot on the same server stack, both driven with the same workload over
// loopback in alternating rounds. Run with `--help` for the options.
import { formatDuration } from '../knowledge/evaluation/report';
import { processOutput, runCommand } from './commandLine';
import { ECHO_BOT, REAL_BOT, runLoadSessions, TargetResult } from './load/botUnderLoad';
import { LoadDefaults, loadUsage, parseLoadFlags } from './load/loadCommandLine';
import { describeLoadAverage, describeMachine, describeWorkload, formatRatio, memoryTable, problemLines, resultsTable } from './load/loadReport';

const DEFAULTS: LoadDefaults = { conversations: 200, turns: 5, concurrency: 32, 'warm-up': 400, rounds: 8 };
const USAGE = loadUsage('bench:http', DEFAULTS);
/** The bot should keep at least this share of the echo bot's throughput: its own work must not dominate a turn. */
const TARGET_THROUGHPUT_RATIO = 0.9;

function ratioLines(echo: TargetResult, bot: TargetResult): string[] {
  const throughput = bot.run.turnsPerSecond / echo.run.turnsPerSecond;
  const verdict = throughput >= TARGET_THROUGHPUT_RATIO ? 'met' : 'missed';
  const lines = [
    `bot/echo throughput: ${formatRatio(throughput)} (target ≥ ${TARGET_THROUGHPUT_RATIO}x: ${verdict})`,
    // Each bot round right after the echo's: how far the machine moves the ratio between neighbouring rounds.
    `bot/echo throughput by round: ${bot.roundTurnsPerSecond.map((rate, round) => formatRatio(rate / echo.roundTurnsPerSecond[round])).join(', ')}`,
    // When the CPU is the bottleneck, the throughput ratio tends to this one, whatever else runs on the machine.
    `echo/bot CPU per turn: ${formatRatio(echo.cpuMsPerTurn / bot.cpuMsPerTurn)} (${formatDuration(echo.cpuMsPerTurn)} / ${formatDuration(bot.cpuMsPerTurn)})`,
  ];
  if (bot.run.latency && echo.run.latency) {
    lines.push(
      `bot/echo latency: p50 ${formatRatio(bot.run.latency.p50Ms / echo.run.latency.p50Ms)}, ` +
        `p99 ${formatRatio(bot.run.latency.p99Ms / echo.run.latency.p99Ms)}`,
    );
  }
  return lines;
}

async function benchHttp(args: readonly string[]): Promise<void> {
  const flags = parseLoadFlags(args, DEFAULTS);
  if (flags.help) return processOutput.out(USAGE);
  processOutput.out(`Machine: ${describeMachine()}\nWorkload: ${describeWorkload(flags)}\n${describeLoadAverage('at the start')}\n`);

  const { results, profiles } = await runLoadSessions([ECHO_BOT, REAL_BOT], flags, processOutput);
  const [echo, bot] = results;
  processOutput.out(`${resultsTable(results)}\n\n${ratioLines(echo, bot).join('\n')}\n\n${memoryTable(results)}`);
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
