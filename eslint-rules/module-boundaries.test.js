import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The module boundaries are `no-restricted-imports` patterns built in eslint.config.js: lint sample
// files at real module paths with the repository's own config and see which imports it refuses.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The lines `no-restricted-imports` refuses for `code` as if it were the file at `path`. */
async function boundaryErrors(path, code) {
  const [result] = await eslint.lintText(code, { filePath: path });
  return [...new Set(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line))];
}

const lines = (...imports) => `${imports.join('\n')}\nexport const used = [${imports.map((_, i) => `a${i}`).join(', ')}];\n`;

describe('module boundaries', () => {
  it("refuses a web module's import of another module's file, at any depth, and allows its index and the module's own files", async () => {
    const code = lines(
      "import { a0 } from '../org/AreaTreeSelect';",
      "import { a1 } from '../org';",
      "import { a2 } from './case-format';",
      "import { a3 } from '../../ui/time-format';",
    );
    expect(await boundaryErrors('apps/web/src/modules/cases/Probe.tsx', code)).toEqual([1]);
    const nested = lines("import { a0 } from '../../auth/auth-queries';", "import { a1 } from '../../auth';", "import { a2 } from '../case-format';");
    expect(await boundaryErrors('apps/web/src/modules/claims/h5/Probe.tsx', nested)).toEqual([1]);
  });

  it('keeps the web from importing server code inside a module folder too', async () => {
    expect(await boundaryErrors('apps/web/src/modules/cases/Probe.tsx', lines("import { a0 } from '../../../../../apps/server/src/app';"))).toEqual([1]);
  });

  it("refuses a server module's import of another module's files and tables", async () => {
    const code = lines("import { a0 } from '../org/node-queries';", "import { a1 } from '../org';", "import { a2 } from '../auth/auth.tables';");
    expect(await boundaryErrors('apps/server/src/modules/cases/probe.ts', code)).toEqual([1, 3]);
  });
});
