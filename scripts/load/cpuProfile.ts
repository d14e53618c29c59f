import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { z } from 'zod';
import { renderTable } from '../../knowledge/evaluation/table';

/** The parts of a V8 .cpuprofile (as `node --cpu-prof` writes it) this summary reads. */
const cpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

type CallFrame = z.infer<typeof cpuProfileSchema>['nodes'][number]['callFrame'];

/** Microseconds on the monotonic clock, which V8's profile timestamps and process.hrtime share on Linux. */
export interface MicrosecondWindow {
  fromUs: number;
  toUs: number;
}

export function monotonicMicroseconds(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Where a frame's code lives: a package, a project folder, Node itself, or V8's own bookkeeping. */
function areaOf({ functionName, url }: CallFrame, projectRoot: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native code)';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  const packagePath = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (packagePath) return `package ${packagePath[1]}`;
  const folders = relative(projectRoot, path).split(sep);
  return folders.length > 1 ? `${folders.slice(0, -1).join('/')}/` : folders[0];
}

/** Idle time and samples outside the windows (start-up, training, warm-up, shutdown) are left out. */
function selfTimesUs(file: string, windows: readonly MicrosecondWindow[]): { frames: Map<CallFrame, number>; totalUs: number } {
  const profile = cpuProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const frameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const frames = new Map<CallFrame, number>();
  let totalUs = 0;
  let timestamp = profile.startTime;
  profile.samples.forEach((nodeId, i) => {
    timestamp += profile.timeDeltas[i];
    const frame = frameOf.get(nodeId);
    const durationUs = profile.timeDeltas[i + 1] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    if (!windows.some(({ fromUs, toUs }) => timestamp >= fromUs && timestamp <= toUs)) return;
    frames.set(frame, (frames.get(frame) ?? 0) + durationUs);
    totalUs += durationUs;
  });
  return { frames, totalUs };
}

function topRows(times: Map<string, number>, totalUs: number, limit: number): string[][] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, us]) => [name, `${((us / totalUs) * 100).toFixed(1)}%`, `${(us / 1000).toFixed(0)} ms`]);
}

/**
 * Where a process spent its CPU time, by self time: first by area (package, project folder, GC), then the busiest
 * functions, counting only the samples taken within `windows` (the measured runs).
 */
export function summariseCpuProfile(file: string, projectRoot: string, windows: readonly MicrosecondWindow[], limit = 12): string {
  const { frames, totalUs } = selfTimesUs(file, windows);
  if (totalUs === 0) return `${file}: no samples in the measured run`;
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [frame, us] of frames) {
    const area = areaOf(frame, projectRoot);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${area} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const columns = (header: string) => [{ header }, { header: 'self', align: 'right' as const }, { header: 'time', align: 'right' as const }];
  return [
    `CPU busy ${(totalUs / 1000).toFixed(0)} ms (${file})`,
    renderTable(columns('area'), topRows(byArea, totalUs, limit)),
    '',
    renderTable(columns('function'), topRows(byFunction, totalUs, limit)),
  ].join('\n');
}
