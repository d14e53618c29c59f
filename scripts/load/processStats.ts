import { readFileSync } from 'node:fs';

// Another process's figures (the bot under load) come from /proc: process.memoryUsage() and process.cpuUsage() only
// see the caller. Linux only, like the load scripts.

function readProc(pid: number, file: 'status' | 'stat'): string {
  const path = `/proc/${pid}/${file}`;
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message} (has process ${pid} exited?)`, { cause: error });
  }
}

/** Resident set size in bytes (VmRSS). */
export function readRssBytes(pid: number): number {
  const line = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readProc(pid, 'status'));
  if (!line) throw new Error(`/proc/${pid}/status: no VmRSS line`);
  return Number(line[1]) * 1024;
}

/** /proc reports CPU times in USER_HZ ticks, which Linux fixes at 100 per second whatever the kernel's own HZ. */
const USER_HZ = 100;

/** CPU time used so far, user plus system, in milliseconds (10 ms resolution). */
export function readCpuMs(pid: number): number {
  // The command name (field 2) may hold spaces and parentheses: count the fields from the last ')'.
  const stat = readProc(pid, 'stat');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name (index 11 and 12).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}
