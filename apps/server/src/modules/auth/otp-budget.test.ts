import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { createTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let phoneSeq = 0;
const DAILY_CAP = 30;

beforeAll(async () => {
  t = await createTestApp({ smsDailyCap: DAILY_CAP });
  // Mid-morning in China, so no day or ten-minute window closes while a test runs.
  t.clock.now = new Date('2025-03-03T02:00:00Z');
});
afterAll(() => t.close());

/** Asks for a code for a fresh phone from `ip`. */
function send(ip: string) {
  phoneSeq += 1;
  const phone = `1370${String(phoneSeq).padStart(7, '0')}`;
  return t.app.inject({ method: 'POST', url: '/api/auth/otp/send', remoteAddress: ip, payload: { phone } });
}

async function refusals(): Promise<number> {
  return (await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'auth.otp.refused'))).length;
}

describe('SMS budget', () => {
  it('sends at most five codes per address in ten minutes, audits the refusal, and leaves other addresses alone', async () => {
    for (let i = 0; i < 5; i++) expect((await send('10.0.0.1')).statusCode).toBe(200);
    const sixth = await send('10.0.0.1');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('OTP_RATE_LIMITED');
    expect(await refusals()).toBe(1);
    expect((await send('10.0.0.2')).statusCode).toBe(200);
  });

  it('sends at most twenty codes per address in a day, however they are spread', async () => {
    const start = t.clock.now;
    try {
      for (let round = 0; round < 4; round++) {
        t.clock.now = new Date(start.getTime() + round * 11 * 60_000);
        for (let i = 0; i < 5; i++) expect((await send('10.0.0.3')).statusCode).toBe(200);
      }
      t.clock.now = new Date(start.getTime() + 4 * 11 * 60_000);
      expect((await send('10.0.0.3')).statusCode).toBe(429);
    } finally {
      t.clock.now = start;
    }
  });

  it('stops every code for the day once the deployment-wide cap is spent', async () => {
    // 5 + 1 + 20 codes went out above; four more reach the cap of thirty.
    for (let i = 0; i < 4; i++) expect((await send(`10.0.1.${i}`)).statusCode).toBe(200);
    const over = await send('10.0.2.1');
    expect(over.statusCode).toBe(429);
    expect(over.json().code).toBe('OTP_RATE_LIMITED');
    expect(t.sms.sent).toHaveLength(DAILY_CAP);
  });
});
