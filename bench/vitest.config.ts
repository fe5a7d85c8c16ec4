import { defineConfig } from 'vitest/config';

// Only the pure helpers of the benchmark are tested; the benchmark itself runs with `npm run bench`.
export default defineConfig({ test: { name: 'bench', include: ['lib/**/*.test.ts'] } });
