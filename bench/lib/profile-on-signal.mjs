// An `--import` preload for probes (bench/probe-intake.ts): SIGUSR2 starts a CPU profile of the main
// thread, the next SIGUSR2 writes it to $PROFILE_DIR (default /tmp/linli-prof) as <pid>-<n>.cpuprofile,
// to read in Chrome DevTools. The inspector is started only on the first signal.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const dir = process.env.PROFILE_DIR ?? '/tmp/linli-prof';
  let session = null;
  let profiling = false;
  let written = 0;
  process.on('SIGUSR2', () => {
    if (!session) {
      session = new inspector.Session();
      session.connect();
    }
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (err, result) => {
      if (err) return console.error(`[profile] ${err.message}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}-${written++}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
