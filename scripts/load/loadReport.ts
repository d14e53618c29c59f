import { cpus, platform, release, totalmem } from 'node:os';
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

export function describeWorkload(flags: LoadFlags): string {
  return (
    `${flags.conversations} conversations x ${flags.turns} turns at concurrency ${flags.concurrency}, ` +
    `after a warm-up of ${flags['warm-up']} conversations; over loopback, bot and driver on the same machine`
  );
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

/** One row per measured bot: throughput, latency, failures and memory. */
export function resultsTable(results: readonly TargetResult[]): string {
  return renderTable(
    [
      { header: 'bot' },
      { header: 'turns', align: 'right' },
      { header: 'turns/s', align: 'right' },
      { header: 'p50', align: 'right' },
      { header: 'p99', align: 'right' },
      { header: 'errors', align: 'right' },
      { header: 'cross-talk', align: 'right' },
      { header: 'RSS started', align: 'right' },
      { header: 'RSS after warm-up', align: 'right' },
      { header: 'RSS after', align: 'right' },
      { header: 'SIGTERM exit', align: 'right' },
    ],
    results.map(({ target, run, memory, exit }) => [
      target,
      String(run.plannedTurns),
      run.turnsPerSecond.toFixed(0),
      run.latency ? formatDuration(run.latency.p50Ms) : 'n/a',
      run.latency ? formatDuration(run.latency.p99Ms) : 'n/a',
      String(run.errorCount),
      String(run.crossTalkCount),
      formatMiB(memory.startedBytes),
      formatMiB(memory.afterWarmUpBytes),
      formatMiB(memory.afterRunBytes),
      exit.signal ?? String(exit.code),
    ]),
  );
}

/** What went wrong in a run, reason by reason; empty when nothing did. */
export function problemLines(target: string, summary: LoadSummary): string[] {
  const errors = Object.entries(summary.errors).map(([reason, count]) => `${target}: ${count} turns failed: ${reason}`);
  const { wrongConversation, strayReplies, wrongAnswer } = summary.crossTalk;
  const crossTalk = [
    [wrongConversation, 'replies posted to or naming another conversation'],
    [strayReplies, 'replies to no message of the run'],
    [wrongAnswer, 'replies not answering their own message'],
  ] as const;
  return [...errors, ...crossTalk.filter(([n]) => n > 0).map(([n, what]) => `${target}: cross-talk: ${n} ${what}`)];
}
