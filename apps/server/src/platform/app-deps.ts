import type { Db } from './db/database';
import type { PiiCipher } from './crypto/pii-cipher';
import type { SmsSender } from './sms/sms-sender';

/** Everything the HTTP app needs, passed in explicitly by `buildApp` (no DI container). */
export interface AppDeps {
  db: Db;
  cipher: PiiCipher;
  sms: SmsSender;
  sessionIdleMinutes: number;
  /** Built web app to serve at `/`; omitted in module tests. */
  webDist?: string;
  /** The clock; tests move it to check lockouts and expiry. */
  now?: () => Date;
}
