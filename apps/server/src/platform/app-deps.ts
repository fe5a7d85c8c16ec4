import type { Db, ListenFn } from './db/database';
import type { PiiCipher } from './crypto/pii-cipher';
import type { SmsSender } from './sms/sms-sender';
import type { CursorCodec } from './http/cursor';
import type { FileLinkSigner } from './storage/file-links';
import type { FileStorage } from './storage/file-storage';
import type { WorkingCalendar } from './time/working-calendar';
import type { ExportSettings } from './exports/export-settings';
import type { Metrics } from './metrics/metrics';

/** Everything the HTTP app needs, passed in explicitly by `buildApp` (no DI container). */
export interface AppDeps {
  db: Db;
  /** LISTEN on the database (a dedicated connection): how live pushes reach pages on every instance. */
  listen: ListenFn;
  /** Whether the LISTEN connection is up, for the readiness route; omitted: assumed up. */
  listening?: () => boolean;
  cipher: PiiCipher;
  sms: SmsSender;
  /** Working days for time limits (China's calendar plus local overrides); `reload` re-reads the overrides. */
  calendar: WorkingCalendar & { reload?: () => Promise<void> };
  /** Where uploaded photos are kept. */
  storage: FileStorage;
  /** Signs links that open a stored file without a session (Open311 media_url). */
  fileLinks: FileLinkSigner;
  /** Signs and checks the `after` cursors of list routes (a forged one is a 400, never SQL). */
  cursors: CursorCodec;
  sessionIdleMinutes: number;
  /** Most SMS codes sent per day by the whole deployment (one district), so the SMS budget cannot be pumped. Default 2000. */
  smsDailyCap?: number;
  /** Most full reveals of an ID number or phone per user per hour. Default 30. */
  revealPerHour?: number;
  /** Most case submissions written in one transaction (group commit); 1 writes each alone. Default 50. */
  intakeBatch?: number;
  /**
   * Addresses or CIDRs of reverse proxies whose X-Forwarded-For/-Host/-Proto are believed
   * (LINLI_TRUST_PROXY); empty or omitted: none, the TCP peer is the client.
   */
  trustProxy?: string[];
  /** The URL the public reaches the server by (LINLI_PUBLIC_URL), for absolute URLs; else the request's own. */
  publicUrl?: string;
  /** Login and SMS-code attempts allowed per client address per minute (LINLI_LOGIN_RATE_LIMIT); 0 is no cap. Default 20. */
  loginRateLimit?: number;
  /** Built web app to serve at `/`; omitted in module tests. */
  webDist?: string;
  /** Excel exports: where background files go and the sizes that decide (omitted: a directory under the system temp dir, the defaults). */
  exports?: ExportSettings;
  /** LINLI_METRICS_TOKEN: the bearer token `GET /metrics` asks; omitted: no metrics route (404) and no request counting. */
  metricsToken?: string;
  /** The process's metrics (main.ts feeds them from the pool, jobs and outbox too); omitted: the app makes its own. */
  metrics?: Metrics;
  /** The clock; tests move it to check lockouts and expiry. */
  now?: () => Date;
}
