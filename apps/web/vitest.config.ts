import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'build/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20000,
    // Not Beijing: every time must be shown in Asia/Shanghai whatever the browser's zone (ui/time-format.ts).
    env: { TZ: 'UTC' },
  },
});
