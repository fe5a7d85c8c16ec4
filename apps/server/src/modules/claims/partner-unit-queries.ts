import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { partnerUnits, unitRegistrations } from './claims.tables';

// Reads of partner units other modules need (volunteers' rotating station heads), so none touches claims' tables.

/** A partner unit as other modules see it. */
export interface PartnerUnitRef {
  id: string;
  name: string;
  createdAt: Date;
}

/** The partner units registered with a community, by name. */
export async function listUnitsRegisteredWith(db: DbOrTx, communityId: string): Promise<PartnerUnitRef[]> {
  return db
    .select({ id: partnerUnits.id, name: partnerUnits.name, createdAt: partnerUnits.createdAt })
    .from(unitRegistrations)
    .innerJoin(partnerUnits, eq(partnerUnits.id, unitRegistrations.unitId))
    .where(eq(unitRegistrations.communityId, communityId))
    .orderBy(asc(partnerUnits.name));
}

/** True when the unit is registered with the community. */
export async function isUnitRegisteredWith(db: DbOrTx, unitId: string, communityId: string): Promise<boolean> {
  const [registered] = await db
    .select({ id: unitRegistrations.id })
    .from(unitRegistrations)
    .where(and(eq(unitRegistrations.unitId, unitId), eq(unitRegistrations.communityId, communityId)));
  return Boolean(registered);
}

/** The unit's name, or undefined. */
export async function partnerUnitName(db: DbOrTx, unitId: string): Promise<string | undefined> {
  const [unit] = await db.select({ name: partnerUnits.name }).from(partnerUnits).where(eq(partnerUnits.id, unitId));
  return unit?.name;
}
