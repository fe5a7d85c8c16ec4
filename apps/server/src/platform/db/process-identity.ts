import fs from 'node:fs';

/**
 * Which process a PID names, as a string that changes when the PID is reused: the PID plus the
 * process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat). Where /proc is
 * missing (macOS) it is the PID alone, and a reused PID is mistaken for the holder as before.
 */
export function processIdentity(pid: number = process.pid): string {
  const start = processStartTime(pid);
  return start === undefined ? String(pid) : `${pid} ${start}`;
}

/** Whether the process an identity string names still runs (same PID and, where known, same start time). */
export function isProcessAlive(identity: string): boolean {
  const [pidText, start] = identity.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (start === undefined) return true;
  const now = processStartTime(pid);
  return now === undefined || now === start;
}

function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
