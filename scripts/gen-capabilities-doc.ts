// Writes docs/capabilities.md from the capability table in packages/shared (npm run docs:capabilities).
import { writeFileSync } from 'node:fs';
import { capabilityDoc } from '@linli/shared';

writeFileSync(new URL('../docs/capabilities.md', import.meta.url), capabilityDoc());
console.log('docs/capabilities.md written');
