import { LIMIT_CLOCK_LABELS, type LimitClock } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { listCategoryVersions } from '../cases';
import type { AttributeView, ServiceDefinitionView, ServiceView } from './open311-wire';

/** A service type: an active leaf of the case category tree whose ancestors are active too. */
export interface Open311Service {
  categoryId: string;
  code: string;
  name: string;
  group: string;
  description: string;
  keywords: string[];
}

/** Attribute codes a client may send as `attribute[code]` on every service. */
export const ATTRIBUTE_CODES = { gridCode: 'grid_code', locationDetail: 'location_detail' } as const;

/**
 * The attributes every service takes. Both are optional: the grid is otherwise found from
 * `address_id` or `address_string` (we hold no geometry to place lat/long in a grid yet).
 */
const ATTRIBUTES: AttributeView[] = [
  {
    variable: true,
    code: ATTRIBUTE_CODES.gridCode,
    datatype: 'string',
    required: false,
    datatype_description: '15位网格编码，如 370403001001001；不填时按 address_id（楼栋/房屋编码）或 address_string 中的小区、网格、社区名称确定网格',
    order: 1,
    description: '问题所在网格编码',
  },
  {
    variable: true,
    code: ATTRIBUTE_CODES.locationDetail,
    datatype: 'string',
    required: false,
    datatype_description: '不超过100字',
    order: 2,
    description: '具体位置（楼栋、门牌或地标）',
  },
];

/**
 * Every service, in category-code order. The category table is a small dictionary (about a hundred
 * rows), so it is read whole and the leaves are picked here.
 */
export async function listOpen311Services(db: DbOrTx): Promise<Open311Service[]> {
  const rows = await listCategoryVersions(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hasActiveChild = new Set(rows.filter((r) => r.active && r.parentId).map((r) => r.parentId!));
  const activeChain = (id: string | null): boolean => {
    for (let seen = 0, cur = id; cur && seen < 20; seen++) {
      const row = byId.get(cur);
      if (!row || !row.active) return false;
      cur = row.parentId;
    }
    return true;
  };
  const services: Open311Service[] = [];
  const codes = new Set<string>();
  for (const c of rows) {
    if (!c.active || hasActiveChild.has(c.id) || !activeChain(c.parentId) || codes.has(c.code)) continue;
    codes.add(c.code);
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const limit = `处置时限 ${c.limitAmount} ${LIMIT_CLOCK_LABELS[c.limitClock as LimitClock] ?? c.limitClock}`;
    services.push({
      categoryId: c.id,
      code: c.code,
      name: c.name,
      group: parent?.name ?? c.name,
      description: c.filingCondition ? `立案条件：${c.filingCondition}；${limit}` : limit,
      keywords: c.keywords,
    });
  }
  return services;
}

/** The service with this code, or undefined. */
export async function findOpen311Service(db: DbOrTx, code: string): Promise<Open311Service | undefined> {
  return (await listOpen311Services(db)).find((s) => s.code === code);
}

/** A service as `GET services` lists it. */
export function toServiceView(s: Open311Service): ServiceView {
  return {
    service_code: s.code,
    service_name: s.name,
    description: s.description,
    metadata: true,
    type: 'realtime',
    keywords: s.keywords.join(', '),
    group: s.group,
  };
}

/** `GET services/{service_code}`: the attributes a request of this service may carry. */
export function toServiceDefinition(s: Open311Service): ServiceDefinitionView {
  return { service_code: s.code, attributes: ATTRIBUTES };
}
