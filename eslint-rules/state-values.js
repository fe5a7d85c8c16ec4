import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the lifecycle enumerations live: every `export const …_STATES = [...] as const` in packages/shared. */
export const SHARED_SRC = fileURLToPath(new URL('../packages/shared/src', import.meta.url));

// A full enumeration is written as a literal `as const` tuple; the subsets (`OPEN_CASE_STATES`, …) only repeat its values.
const ENUMERATION = /export const ([A-Z0-9_]+_(?:STATES|STATUSES)) = \[([^\]]*)\] as const/g;
const QUOTED = /'([^'\\]+)'/g;

/** Every .ts source file under `dir` but tests. */
const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });

/** The lifecycle state lists of packages/shared, by constant name, read from the source so a new module's list counts at once. */
export const readStateLists = (root = SHARED_SRC) => {
  const lists = {};
  for (const file of sourceFiles(root)) {
    for (const [, name, body] of readFileSync(file, 'utf8').matchAll(ENUMERATION)) {
      lists[name] = [...body.matchAll(QUOTED)].map((m) => m[1]);
    }
  }
  return lists;
};

/** Every state value of every list, with the lists it belongs to (for the message). */
export const stateValueIndex = (lists = readStateLists()) => {
  const index = new Map();
  for (const [name, values] of Object.entries(lists)) {
    for (const value of values) index.set(value, [...(index.get(value) ?? []), name]);
  }
  return index;
};
