/** Milliseconds elapsed since a `process.hrtime.bigint()` reading: monotonic, sub-microsecond resolution. */
export function millisecondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface LatencySummary {
  /** How many timings the figures are drawn from. */
  samples: number;
  p50Ms: number;
  p99Ms: number;
  /** The slowest timing: the longest pause a caller saw. */
  maxMs: number;
  meanMs: number;
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation between two. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Summarises per-utterance classification times in milliseconds. */
export function summariseLatencies(samplesMs: readonly number[]): LatencySummary {
  if (samplesMs.length === 0) throw new RangeError('cannot summarise latency without samples');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
    meanMs: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
  };
}
