// npm run loadtest: the real bot server under many conversations at once, checked against its targets (no errors,
// no cross-talk, bounded memory, a clean shutdown). Exits 1 when a target is missed. Run with `--help` for the options.
import { renderTable } from '../knowledge/evaluation/table';
import { processOutput, runCommand } from './commandLine';
import { REAL_BOT, runLoadSessions, TargetResult } from './load/botUnderLoad';
import { LoadDefaults, loadUsage, parseLoadFlags } from './load/loadCommandLine';
import { describeLoadAverage, describeMachine, describeWorkload, formatMiB, formatRatio, memoryTable, problemLines, resultsTable } from './load/loadReport';

const DEFAULTS: LoadDefaults = { conversations: 2000, turns: 5, concurrency: 64, 'warm-up': 200, rounds: 1 };
const USAGE = loadUsage('loadtest', DEFAULTS);
/** Memory may grow this much over the run: more means something keeps what it should let go. */
const MAX_RSS_GROWTH = 1.2;

interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

function checks({ run, memory: { afterWarmUp, afterRun }, exit }: TargetResult): TargetCheck[] {
  // Compared after a full collection: uncollected garbage would otherwise decide the figure.
  const growth = afterRun.rssAfterGcBytes / afterWarmUp.rssAfterGcBytes;
  return [
    { target: 'errors = 0', measured: String(run.errorCount), met: run.errorCount === 0 },
    { target: 'cross-talk = 0', measured: String(run.crossTalkCount), met: run.crossTalkCount === 0 },
    {
      target: `RSS after ≤ ${MAX_RSS_GROWTH}x RSS after warm-up (both after GC)`,
      measured: `${formatRatio(growth)} (${formatMiB(afterWarmUp.rssAfterGcBytes)} → ${formatMiB(afterRun.rssAfterGcBytes)})`,
      met: growth <= MAX_RSS_GROWTH,
    },
    { target: 'SIGTERM after the run: exit 0', measured: exit.signal ?? String(exit.code), met: exit.code === 0 },
  ];
}

/** Live heap each measured conversation left behind: state kept in the process, which nothing expires. */
function heapPerThousandConversations({ memory: { afterWarmUp, afterRun } }: TargetResult, conversations: number): string {
  return formatMiB(((afterRun.heapAfterGcBytes - afterWarmUp.heapAfterGcBytes) / conversations) * 1000);
}

async function loadtest(args: readonly string[]): Promise<void> {
  const flags = parseLoadFlags(args, DEFAULTS);
  if (flags.help) return processOutput.out(USAGE);
  processOutput.out(`Machine: ${describeMachine()}\nWorkload: ${describeWorkload(flags)}\n${describeLoadAverage('at the start')}\n`);

  const { results, profiles } = await runLoadSessions([REAL_BOT], flags, processOutput);
  const [result] = results;
  const targetChecks = checks(result);
  processOutput.out(
    [
      resultsTable(results),
      '',
      memoryTable(results),
      `Heap kept per 1,000 conversations after the warm-up: ${heapPerThousandConversations(result, flags.conversations * flags.rounds)}`,
      '',
      renderTable(
        [{ header: 'target' }, { header: 'measured', align: 'right' }, { header: 'met', align: 'right' }],
        targetChecks.map(({ target, measured, met }) => [target, measured, met ? 'yes' : 'NO']),
      ),
    ].join('\n'),
  );
  processOutput.out(`\n${describeLoadAverage('at the end')}`);
  if (profiles) processOutput.out(`\n${profiles}`);

  const problems = problemLines(result.target, result.run);
  if (problems.length) processOutput.error(`\n${problems.join('\n')}`);
  if (targetChecks.some((check) => !check.met)) process.exitCode = 1;
}

void runCommand(() => loadtest(process.argv.slice(2)), USAGE, processOutput).then((code) => {
  if (code !== 0) process.exitCode = code;
});
