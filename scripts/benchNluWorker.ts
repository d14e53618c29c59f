// Child process of benchNlu.ts: receives one BenchJob over IPC, runs it, sends the BenchRun back and exits.
// Running each engine in its own process keeps its memory figure free of the other engine's heap.
import { BenchJob, benchLatencyMethod, runBenchJob } from './nluBenchmark';

process.once('message', (job: BenchJob) => {
  const { gc } = globalThis;
  if (!gc) throw new Error('benchNluWorker.ts needs node --expose-gc: the benchmark collects garbage before timing');
  runBenchJob(job, benchLatencyMethod(gc))
    .then((run) => process.send?.(run, () => process.exit(0)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
});
