// Child process of benchNlu.ts: receives one BenchJob over IPC, runs it, sends the BenchRun back and exits.
// Running each engine in its own process keeps its memory figure free of the other engine's heap.
import { BenchJob, runBenchJob } from './nluBenchmark';

process.once('message', (job: BenchJob) => {
  runBenchJob(job)
    .then((run) => process.send?.(run, () => process.exit(0)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
});
