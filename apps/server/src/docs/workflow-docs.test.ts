import { readFileSync, readdirSync } from 'node:fs';
import * as shared from '@linli/shared';
import { describe, expect, it } from 'vitest';

const pagesDir = new URL('../../../../docs/workflows/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, pagesDir), 'utf8');

describe('docs/workflows/*.md', () => {
  for (const { file } of shared.workflowPages()) {
    it(`${file} shows the definitions as the code holds them (run npm run docs:workflows after changing one)`, () => {
      expect(read(file)).toBe(shared.workflowPage(file, read(file)));
    });
  }

  it('documents every workflow the shared package defines, and every page is generated', () => {
    const defined = Object.keys(shared)
      .filter((name) => name.endsWith('_WORKFLOW'))
      .sort();
    const documented = shared
      .workflowPages()
      .flatMap((p) => p.sections.map((s) => s.constName))
      .sort();
    expect(documented).toEqual(defined);
    expect(readdirSync(pagesDir).sort()).toEqual(
      shared
        .workflowPages()
        .map((p) => p.file)
        .sort(),
    );
  });
});
