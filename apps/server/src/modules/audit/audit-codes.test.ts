import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_FAMILIES, AUDIT_ACTION_LABELS, AUDIT_RECORD_KIND_LABELS } from '@linli/shared';
import { MODULES } from '../../module-list';
import { auditNamersOf } from './audit-namers';

const SERVER = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * What the server writes to the audit log, read from its source: the value of every `action:` that
 * holds a dotted code (`'auth.login'`, either side of a ternary) or builds one (`cases.${…}`), and
 * every literal `targetType:`. Timeline events write undotted actions (`'accept'`), so they are not taken.
 */
function writtenCodes(): { fixed: Set<string>; families: Set<string>; kinds: Set<string> } {
  const fixed = new Set<string>();
  const families = new Set<string>();
  const kinds = new Set<string>();
  for (const file of sourceFiles(SERVER)) {
    const text = readFileSync(file, 'utf8');
    for (const [, value] of text.matchAll(/\baction:\s*([^,}]+)/g)) {
      for (const [, code] of value.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)'/g)) fixed.add(code);
      for (const [, prefix] of value.matchAll(/`([a-z][A-Za-z.]*)\.\$\{/g)) families.add(prefix);
    }
    for (const [, kind] of text.matchAll(/\btargetType:\s*'([A-Za-z]+)'/g)) kinds.add(kind);
  }
  return { fixed, families, kinds };
}

describe('audit codes', () => {
  const written = writtenCodes();

  it('reads the server source (the scan finds the codes it must)', () => {
    expect(written.fixed.size).toBeGreaterThan(50);
    expect(written.fixed).toContain('auth.login');
    expect(written.fixed).toContain('volunteers.checkOut');
    expect(written.families).toContain('cases');
    expect(written.kinds).toContain('case');
  });

  it('has a Chinese label for every code the server writes', () => {
    const labelled = new Set(Object.keys(AUDIT_ACTION_LABELS));
    expect([...written.fixed].filter((code) => !labelled.has(code))).toEqual([]);
    expect([...written.families].filter((prefix) => !AUDIT_ACTION_FAMILIES.includes(prefix))).toEqual([]);
    for (const prefix of AUDIT_ACTION_FAMILIES)
      expect(
        [...labelled].some((code) => code.startsWith(`${prefix}.`)),
        prefix,
      ).toBe(true);
    expect(AUDIT_ACTION_LABELS['cases.whistle']).toBe('案件·吹哨');
  });

  it('has a Chinese name for every kind of record the server points at', () => {
    expect([...written.kinds].filter((kind) => !(kind in AUDIT_RECORD_KIND_LABELS))).toEqual([]);
  });

  it('collects each kind from one module only, and names the kinds with pages of their own', () => {
    const namers = auditNamersOf(MODULES);
    for (const kind of ['user', 'case', 'wish', 'need', 'resident', 'node', 'volunteerActivity']) expect(namers.has(kind), kind).toBe(true);
    expect([...namers.keys()].filter((kind) => !(kind in AUDIT_RECORD_KIND_LABELS))).toEqual([]);
    const twice = [MODULES[0], { name: 'other', auditRecords: { user: { describe: async () => new Map() } } }, ...MODULES];
    expect(() => auditNamersOf(twice)).toThrow(/named by two modules/);
  });
});
