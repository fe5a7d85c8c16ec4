import { createHash } from 'node:crypto';
import { maskPhone } from '@linli/shared';
import { hashPassword } from '../../../platform/crypto/passwords';
import type { DbOrTx } from '../../../platform/db/database';
import { accountsWithoutPhoneMaskUnder, countPostsUnder, insertDemoAccounts, setPhoneMasks, takenPhoneHashes, type DemoAccountSpec } from '../../auth';
import { DEMO_DISTRICT_CODE, findDemoDistrict, queryNodes } from '../../org';
import { leadCandidatesUnder, maskedPhonesOf } from '../../residents';

/** What the demo contacts step wrote. */
export interface DemoContactTotals {
  buildingLeads: number;
  maskedPhones: number;
}

/**
 * A made-up work phone for a demo staff account, the same for the same username: only its masked copy is stored, so
 * no SMS code is ever sent to it and no real person's number is printed on a notice board.
 */
export function demoStaffPhone(username: string): string {
  const digest = createHash('sha256').update(`linli-demo-staff:${username}`).digest();
  const digits = [...digest.subarray(0, 8)].map((b) => b % 10).join('');
  return `139${digits}`;
}

/**
 * The demo's building leads 楼长: for each building of the demo district, the first adult resident on its register with
 * a phone (house order, then name) that no account holds yet becomes its lead: an account linked to the resident, with
 * the resident's phone hash (so the lead signs in by SMS code as themselves) and masked phone, and the demo password.
 */
async function demoBuildingLeads(db: DbOrTx, districtPath: string, demoPassword: string, now: Date): Promise<number> {
  if ((await countPostsUnder(db, 'buildingLead', districtPath)) > 0) return 0;
  const buildings = await queryNodes(db, { under: districtPath, kinds: ['building'] }, 'path');
  if (buildings.length === 0) return 0;
  const candidates = await leadCandidatesUnder(db, districtPath, now.getUTCFullYear());
  const taken = await takenPhoneHashes(
    db,
    candidates.map((c) => c.phoneHash),
  );
  const byBuilding = new Map<string, (typeof candidates)[number]>();
  for (const c of candidates) if (!byBuilding.has(c.buildingPath) && !taken.has(c.phoneHash)) byBuilding.set(c.buildingPath, c);
  const passwordHash = await hashPassword(demoPassword);
  const specs: DemoAccountSpec[] = [];
  for (const b of buildings) {
    const lead = byBuilding.get(b.path);
    if (!lead) continue;
    const codes = b.path.split('/').filter(Boolean);
    specs.push({
      username: `lead-${codes[3]}-${codes[4]}`,
      displayName: lead.name,
      passwordHash,
      role: 'buildingLead',
      node: { id: b.id, path: b.path },
      title: '楼长',
      residentId: lead.id,
      phoneHash: lead.phoneHash,
      phoneMasked: lead.phoneMasked ?? undefined,
    });
  }
  await insertDemoAccounts(db, specs);
  return specs.length;
}

/** Gives every demo account holding a post in the district a masked phone: a resident's from the register, staff a made-up one. */
async function demoMaskedPhones(db: DbOrTx, districtPath: string): Promise<number> {
  const accounts = await accountsWithoutPhoneMaskUnder(db, districtPath);
  const registered = await maskedPhonesOf(
    db,
    accounts.flatMap((a) => (a.residentId ? [a.residentId] : [])),
  );
  const rows = accounts.map((a) => ({ id: a.id, phoneMasked: (a.residentId && registered.get(a.residentId)) || maskPhone(demoStaffPhone(a.username)) }));
  await setPhoneMasks(db, rows);
  return rows.length;
}

/**
 * The demo's contacts for the notice boards (every start, idempotent): building leads once, and a masked phone for
 * every demo account without one, so a data directory made before either gains them on its next start.
 */
export async function giveDemoContacts(db: DbOrTx, demoPassword: string, now = new Date()): Promise<DemoContactTotals> {
  if (!(await findDemoDistrict(db))) return { buildingLeads: 0, maskedPhones: 0 };
  const districtPath = `/${DEMO_DISTRICT_CODE}/`;
  const buildingLeads = await demoBuildingLeads(db, districtPath, demoPassword, now);
  const maskedPhones = await demoMaskedPhones(db, districtPath);
  return { buildingLeads, maskedPhones };
}
