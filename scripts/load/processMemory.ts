import { readFileSync } from 'node:fs';

/**
 * The resident set size of another process (the bot under load), read from /proc/<pid>/status because
 * process.memoryUsage() only sees the caller. Linux only, like the load scripts.
 */
export function readRssBytes(pid: number): number {
  const path = `/proc/${pid}/status`;
  const line = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(path, 'utf8'));
  if (!line) throw new Error(`${path}: no VmRSS line (has process ${pid} exited?)`);
  return Number(line[1]) * 1024;
}
