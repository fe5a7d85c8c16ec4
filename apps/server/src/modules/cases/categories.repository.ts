import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { CATEGORY_SEED, SEED_CLASSIFICATION_VERSION, type SeedCategory } from './category-seed';
import { caseCategories } from './cases.tables';

/** A category row. */
export type CategoryRow = typeof caseCategories.$inferSelect;

/** Seeds the national category tree when the table is empty; returns how many rows it wrote. */
export async function seedCategories(db: DbOrTx): Promise<number> {
  const [any] = await db.select({ id: caseCategories.id }).from(caseCategories).limit(1);
  if (any) return 0;
  const rows: (typeof caseCategories.$inferInsert)[] = [];
  const walk = (items: SeedCategory[], parentId: string | null) => {
    items.forEach((c, i) => {
      const id = newId();
      rows.push({
        id,
        parentId,
        code: c.code,
        name: c.name,
        kind: c.kind,
        version: SEED_CLASSIFICATION_VERSION,
        defaultDepartment: c.department ?? null,
        urgency: c.urgency ?? 'normal',
        limitAmount: c.limit[0],
        limitClock: c.limit[1],
        filingCondition: c.filing ?? null,
        closingCondition: c.closing ?? null,
        keywords: c.keywords ?? [],
        sensitive: c.sensitive ?? false,
        sort: i,
      });
      if (c.children) walk(c.children, id);
    });
  };
  walk(CATEGORY_SEED, null);
  await db.insert(caseCategories).values(rows);
  return rows.length;
}

/** Every category, in tree order. */
export async function listCategories(db: DbOrTx): Promise<CategoryRow[]> {
  return db.select().from(caseCategories).orderBy(asc(caseCategories.code));
}

/** Every version of every category, by code then version (Open311 picks the live leaves). */
export async function listCategoryVersions(db: DbOrTx): Promise<CategoryRow[]> {
  return db.select().from(caseCategories).orderBy(asc(caseCategories.code), asc(caseCategories.version));
}

/** One category, or undefined. */
export async function findCategory(db: DbOrTx, id: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(caseCategories).where(eq(caseCategories.id, id));
  return row;
}

/** The active category with this name, or undefined (demo generators pick categories by name). */
export async function findActiveCategoryByName(db: DbOrTx, name: string): Promise<CategoryRow | undefined> {
  const [row] = await db
    .select()
    .from(caseCategories)
    .where(and(eq(caseCategories.name, name), eq(caseCategories.active, true)));
  return row;
}
