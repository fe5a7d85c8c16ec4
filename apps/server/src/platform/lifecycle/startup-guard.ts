/** Thrown at the next safe point of start-up once SIGTERM/SIGINT arrived: main.ts closes the database and exits 0. */
export class StartupAborted extends Error {
  constructor(readonly signal: string) {
    super(`start-up stopped by ${signal}`);
    this.name = 'StartupAborted';
  }
}

/** Catches SIGTERM/SIGINT while the server starts, until graceful shutdown takes the signals over. */
export interface StartupGuard {
  /** Aborted (with a StartupAborted reason) once a signal came: pass it to whatever can stop midway. */
  signal: AbortSignal;
  /** Throws StartupAborted when a signal came: call it between the steps of start-up. */
  check(): void;
  /** Stops catching the signals (the caller installs the graceful shutdown next, in the same tick). */
  release(): void;
}

/**
 * Installs the start-up handlers for SIGTERM and SIGINT. Without them Node's default ended the
 * process mid-migration or mid-demo: the lock file stayed, PGlite was stopped uncleanly, and a
 * demo cut short between its steps was taken for a finished one at the next start. Now a signal
 * only marks the start as aborted; start-up stops at its next check, rolls back what it was
 * writing and closes the database. A second signal is logged and waits like the first.
 */
export function guardStartup(log: (line: string) => void, signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): StartupGuard {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return log(`[linli] 收到 ${signal}，启动已在中止中 / ${signal}: already stopping the start-up`);
    log(`[linli] 收到 ${signal}，正在中止启动 / ${signal}: stopping the start-up`);
    controller.abort(new StartupAborted(signal));
  };
  for (const signal of signals) process.on(signal, onSignal);
  return {
    signal: controller.signal,
    check: () => controller.signal.throwIfAborted(),
    release: () => signals.forEach((signal) => process.off(signal, onSignal)),
  };
}
