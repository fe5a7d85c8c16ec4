// Redoes the generated tables in docs/workflows/*.md from the defineWorkflow definitions (npm run docs:workflows).
import { readFileSync, writeFileSync } from 'node:fs';
import { workflowPages, workflowPage } from '@linli/shared';

for (const { file } of workflowPages()) {
  const url = new URL(`../docs/workflows/${file}`, import.meta.url);
  writeFileSync(url, workflowPage(file, readFileSync(url, 'utf8')));
  console.log(`docs/workflows/${file} written`);
}
