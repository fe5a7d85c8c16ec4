import { defineConfig } from 'vitest/config';

// One run covers every unit, module and web test; e2e journeys run separately (e2e/run.mjs).
export default defineConfig({
  test: {
    projects: ['packages/shared', 'apps/server', 'apps/web', 'bench', 'eslint-rules'],
  },
});
