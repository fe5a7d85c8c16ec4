import { defineConfig } from 'vitest/config';

// Each module test file opens its own fresh database; files run in parallel forks.
export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
