// Setup file of every journey (vitest.config.ts): a test fails if any page it opened raised a
// Content-Security-Policy violation, so the server's CSP is proved against the real pages.
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './harness';

afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
