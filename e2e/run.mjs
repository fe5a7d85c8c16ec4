// Runs the browser journeys (e2e/*.spec.ts): `npm run test:e2e`, or `node e2e/run.mjs [vitest args]`
// (e.g. `node e2e/run.mjs e2e/health.spec.ts`).
//
// Needs Debian chromium at /usr/bin/chromium (or CHROMIUM_PATH). Without it the journeys are not
// run: that is an error with REQUIRE_E2E=1 (CI), otherwise a loud notice and exit 0.
// Builds the web app first (npm run build -w @linli/web) unless E2E_SKIP_BUILD=1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`e2e: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`e2e: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  if (result.signal) {
    console.error(`e2e: ${command} killed by ${result.signal}`);
    return 1;
  }
  return result.status ?? 1;
}

if (!executable(chromium)) {
  if (process.env.REQUIRE_E2E === '1') {
    console.error(
      `e2e: ERROR: chromium not found at ${chromium} and REQUIRE_E2E=1: browser journeys cannot run. ` +
        'Install Debian chromium (apt-get install chromium) or point CHROMIUM_PATH at a chromium binary.',
    );
    process.exit(1);
  }
  console.log(`e2e: chromium not found at ${chromium}, browser journeys NOT run ` + '(install Debian chromium, or set REQUIRE_E2E=1 to make this an error)');
  process.exit(0);
}

if (process.env.E2E_SKIP_BUILD === '1') {
  console.log('e2e: E2E_SKIP_BUILD=1, using the existing web build (apps/web/dist)');
} else {
  const built = run('npm', ['run', 'build', '-w', '@linli/web']);
  if (built !== 0) {
    console.error(`e2e: web build failed (exit ${built})`);
    process.exit(built);
  }
}

process.exit(run('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)]));
