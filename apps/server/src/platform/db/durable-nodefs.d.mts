import type { NodeFS } from '@electric-sql/pglite/nodefs';

/** Postgres settings that make a commit wait for its WAL to reach the disk (see durable-nodefs.mjs). */
export declare const DURABLE_SETTINGS: Record<string, string>;
/** NODEFS under a PGlite data directory whose fsync reaches the disk and whose new files are 0600, directories 0700. */
export declare class DurableNodeFS extends NodeFS {}
