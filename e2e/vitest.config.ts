import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys (run through e2e/run.mjs). One file at a time: each starts its own server and
// chromium, and a first start seeds the demo data.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.spec.ts'],
    // Fails any journey whose pages raised a CSP violation.
    setupFiles: ['e2e/csp-guard.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    // beforeAll starts the server, which may take up to 3 minutes (harness.ts waits that long).
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
  },
});
