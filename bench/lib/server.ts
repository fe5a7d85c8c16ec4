import type { ChildProcess } from 'node:child_process';
import { buildServer, freePort, memoryOf, spawnNode } from './processes';

/** A running Linli server started by the bench. */
export interface BenchServer {
  base: string;
  pid: number;
  /** Peak RSS (VmHWM) seen so far, MB. */
  peakMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts the server as `npm start` runs it, the bundled JavaScript of `npm run build -w @linli/server`
 * (not through tsx, which compiles every module in the process and runs its loader in a thread of
 * its own: ≈ 70–100 MB more peak RSS, ADR 0004 "Memory"), on a free port with `env`, and waits until
 * /api/health answers. `nodeArgs` go before the bundle (flags, `--require` preloads for probes).
 */
export async function startServer(env: NodeJS.ProcessEnv, label: string, timeoutMs = 15 * 60_000, nodeArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const serverEnv = { ...env, PORT: String(port), HOST: '127.0.0.1' };
  const log = (line: string) => process.stderr.write(`  [${label}] ${line}\n`);
  const child: ChildProcess = spawnNode([...nodeArgs, await buildServer()], serverEnv, log);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server ${label} exited with ${code} before it answered`))));
  const deadline = Date.now() + timeoutMs;
  const ready = (async () => {
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server ${label} did not answer within ${timeoutMs / 1000} s`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  exited.catch(() => undefined);
  const pid = child.pid!;
  return {
    base,
    pid,
    peakMb: () => memoryOf(pid).peakMb,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
