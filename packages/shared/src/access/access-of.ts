import type { AccessAction, RecordKind } from './capabilities';

/** What a route asks before its handler runs: a capability, or nothing because it is public. */
export type RouteAccess = { kind: RecordKind; action: AccessAction } | { public: string };

/** A route that reads records of `kind`. */
export const readOf = (kind: RecordKind): RouteAccess => ({ kind, action: 'read' });

/** A route that changes records of `kind`. */
export const writeOf = (kind: RecordKind): RouteAccess => ({ kind, action: 'write' });

/** A route that exports records of `kind` as a file. */
export const exportOf = (kind: RecordKind): RouteAccess => ({ kind, action: 'export' });

/** A route anyone may call; `why` says why that is safe (it appears in docs/capabilities.md). */
export const openTo = (why: string): RouteAccess => ({ public: why });
