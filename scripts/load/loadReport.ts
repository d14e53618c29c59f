import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { formatDuration } from '../../knowledge/evaluation/report';
import { renderTable } from '../../knowledge/evaluation/table';
import type { TargetResult } from './botUnderLoad';
import type { LoadFlags } from './loadCommandLine';
import type { LoadSummary } from './loadSummary';

/** The machine the figures were measured on: they mean little without it. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${platform()} ${release()}`;
}

/** Other processes compete for the CPU: figures from a run whose load average exceeds the cores say little. */
export function describeLoadAverage(when: string): string {
  return `Load average (1 min) ${when}: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
}

export function describeWorkload(flags: LoadFlags): string {
  const rounds = flags.rounds > 1 ? `, ${flags.rounds} rounds per bot` : '';
  return (
    `${flags.conversations} conversations x ${flags.turns} turns at concurrency ${flags.concurrency}${rounds}, ` +
    `after a warm-up of ${flags['warm-up']} conversations; over loopback, bot and driver on the same machine`
  );
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

/** One row per measured bot, its rounds together: throughput, latency, CPU and failures. */
export function resultsTable(results: readonly TargetResult[]): string {
  return renderTable(
    [
      { header: 'bot' },
      { header: 'turns', align: 'right' },
      { header: 'turns/s', align: 'right' },
      { header: 'turns/s by round', align: 'right' },
      { header: 'p50', align: 'right' },
      { header: 'p99', align: 'right' },
      { header: 'CPU/turn', align: 'right' },
      { header: 'errors', align: 'right' },
      { header: 'cross-talk', align: 'right' },
      { header: 'SIGTERM exit', align: 'right' },
    ],
    results.map(({ target, run, exit, cpuMsPerTurn, roundTurnsPerSecond }) => [
      target,
      String(run.plannedTurns),
      run.turnsPerSecond.toFixed(0),
      roundTurnsPerSecond.map((rate) => rate.toFixed(0)).join(', '),
      run.latency ? formatDuration(run.latency.p50Ms) : 'n/a',
      run.latency ? formatDuration(run.latency.p99Ms) : 'n/a',
      formatDuration(cpuMsPerTurn),
      String(run.errorCount),
      String(run.crossTalkCount),
      exit.signal ?? String(exit.code),
    ]),
  );
}

/** Each bot's memory when started, after the warm-up and after the rounds: as found, and after a full collection. */
export function memoryTable(results: readonly TargetResult[]): string {
  const moments = [
    ['started', 'started'],
    ['after warm-up', 'afterWarmUp'],
    ['after the rounds', 'afterRun'],
  ] as const;
  return renderTable(
    [
      { header: 'bot' },
      { header: 'when' },
      { header: 'RSS', align: 'right' },
      { header: 'RSS after GC', align: 'right' },
      { header: 'heap after GC', align: 'right' },
    ],
    results.flatMap(({ target, memory }) =>
      moments.map(([when, key]) => {
        const reading = memory[key];
        return [target, when, formatMiB(reading.rssBytes), formatMiB(reading.rssAfterGcBytes), formatMiB(reading.heapAfterGcBytes)];
      }),
    ),
  );
}

/** What went wrong in a run, reason by reason; empty when nothing did. */
export function problemLines(target: string, summary: LoadSummary): string[] {
  const errors = Object.entries(summary.errors).map(([reason, count]) => `${target}: ${count} turns failed: ${reason}`);
  const { wrongConversation, strayReplies, wrongAnswer, wrongAnswerExamples } = summary.crossTalk;
  const crossTalk = [
    [wrongConversation, 'replies posted to or naming another conversation'],
    [strayReplies, 'replies to no message of the run'],
    [wrongAnswer, 'replies not answering their own message'],
  ] as const;
  const examples = wrongAnswerExamples.map(({ sent, received }) => `  sent ${JSON.stringify(sent)}, got ${JSON.stringify(received.slice(0, 160))}`);
  return [...errors, ...crossTalk.filter(([n]) => n > 0).map(([n, what]) => `${target}: cross-talk: ${n} ${what}`), ...examples];
}
