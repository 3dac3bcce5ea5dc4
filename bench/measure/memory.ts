import { readFileSync } from 'node:fs';

/** A process's memory from /proc/<pid>/status, in MiB. */
export interface MemoryReading {
  /** VmRSS: resident now. */
  rssMb: number;
  /** VmHWM: the highest resident size since the process started. */
  peakMb: number;
}

function readKb(status: string, field: string): number {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!match) throw new Error(`no ${field} in /proc status`);

  return Number(match[1]);
}

/** Reads VmRSS and VmHWM of one process (Linux only). */
export function readMemory(pid: number): MemoryReading {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');

  return {
    rssMb: readKb(status, 'VmRSS') / 1024,
    peakMb: readKb(status, 'VmHWM') / 1024,
  };
}
