import type { AuditRecordNamer } from '../../platform/audit/audit-records';
import type { ModuleManifest } from '../../platform/module-kit/module-manifest';

/** The record namers of every module, by record kind (`targetType`); `user` also names each entry's actor. */
export type AuditNamers = ReadonlyMap<string, AuditRecordNamer>;

/**
 * Collects the `auditRecords` of every manifest: each module names its own records, so the audit
 * module reads no other module's tables and a new module's records are named without touching it.
 * Two modules naming one kind is a mistake and throws at start-up.
 */
export function auditNamersOf(modules: readonly ModuleManifest[]): AuditNamers {
  const namers = new Map<string, AuditRecordNamer>();
  for (const module of modules) {
    for (const [kind, namer] of Object.entries(module.auditRecords ?? {})) {
      if (namers.has(kind)) throw new Error(`audit record kind "${kind}" is named by two modules (the second: ${module.name})`);
      namers.set(kind, namer);
    }
  }
  return namers;
}
