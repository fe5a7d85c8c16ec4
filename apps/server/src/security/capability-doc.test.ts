import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capabilityDoc } from '@linli/shared';

describe('docs/capabilities.md', () => {
  it('is the capability table as the code holds it (run npm run docs:capabilities after changing it)', () => {
    const page = readFileSync(new URL('../../../../docs/capabilities.md', import.meta.url), 'utf8');
    expect(page).toBe(capabilityDoc());
  });
});
