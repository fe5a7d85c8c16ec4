import { defineConfig } from 'vitest/config';

// The repository's own ESLint rules, tested with ESLint's RuleTester.
export default defineConfig({ test: { name: 'eslint-rules', include: ['*.test.js'] } });
