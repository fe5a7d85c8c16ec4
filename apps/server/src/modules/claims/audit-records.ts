import { eq, inArray } from 'drizzle-orm';
import { POINT_RULE_LABELS } from '@linli/shared';
import { keyNamer, tableNamer, uuidsOnly, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { memberRegistrations, needs, partnerUnits, resources, rewards, serviceItems, serviceOrders, wishes } from './claims.tables';

const contains = (column: Parameters<typeof tableNamer>[0]['label']) => [{ column, match: 'contains' as const }];

/** How the audit log names the claims module's records: wishes and needs by title, units, resources, services and rewards by name. */
export const claimsAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  wish: tableNamer({ table: wishes, id: wishes.id, label: wishes.title, href: (id) => `/claims/wishes/${id}`, search: contains(wishes.title) }),
  need: tableNamer({ table: needs, id: needs.id, label: needs.title, href: (id) => `/claims/needs/${id}`, search: contains(needs.title) }),
  partnerUnit: tableNamer({
    table: partnerUnits,
    id: partnerUnits.id,
    label: partnerUnits.name,
    href: () => '/claims/units',
    search: contains(partnerUnits.name),
  }),
  resource: tableNamer({ table: resources, id: resources.id, label: resources.title, href: () => '/claims/resources', search: contains(resources.title) }),
  service: tableNamer({
    table: serviceItems,
    id: serviceItems.id,
    label: serviceItems.title,
    href: () => '/claims/services',
    search: contains(serviceItems.title),
  }),
  reward: tableNamer({ table: rewards, id: rewards.id, label: rewards.name, href: () => '/claims/rewards', search: contains(rewards.name) }),
  memberRegistration: tableNamer({
    table: memberRegistrations,
    id: memberRegistrations.id,
    label: memberRegistrations.unitName,
    href: () => '/claims/registrations',
  }),
  // An order is named by the service it orders (orders have no number of their own).
  order: {
    async describe(db, all) {
      const ids = uuidsOnly(all);
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: serviceOrders.id, title: serviceItems.title })
        .from(serviceOrders)
        .innerJoin(serviceItems, eq(serviceItems.id, serviceOrders.serviceId))
        .where(inArray(serviceOrders.id, ids));
      return new Map(rows.map((r) => [r.id, { label: r.title, href: `/claims/orders/${r.id}` }]));
    },
  },
  pointRule: keyNamer((key) => (POINT_RULE_LABELS as Readonly<Record<string, string>>)[key] ?? key, '/claims/point-rules'),
};
