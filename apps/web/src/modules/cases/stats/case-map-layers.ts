import { CASE_STATE_LABELS, type CasePoint, type CaseState, type NodeMapResponse } from '@linli/shared';
import type { AreaCollection, HeatMetric, MapPoint } from '../../../ui/map/map-types';

/** The command centre colours outlines by open cases and shows the last 30 days beside them. */
export const CASE_HEAT: HeatMetric = { property: 'openCases', label: '在办案件', also: { casesLast30Days: '近30天受理' } };

/** The outlines to draw: the children's (streets, communities, grids), or at a grid its own outline. */
export function caseMapAreas(map: NodeMapResponse): AreaCollection {
  if (map.children.features.length) return map.children as AreaCollection;
  return { type: 'FeatureCollection', features: map.node.outline ? [map.node.outline] : [] } as AreaCollection;
}

/** Open cases as map points: title, number and state in the tooltip; overdue ones pulse. */
export function casePointsOf(items: CasePoint[]): MapPoint[] {
  return items.map((c) => ({
    id: c.id,
    name: c.title,
    lng: c.lng,
    lat: c.lat,
    detail: [c.caseNo, CASE_STATE_LABELS[c.state as CaseState] ?? c.state, c.categoryName, c.overdue ? '已超期' : c.urgency === 'urgent' ? '紧急' : null]
      .filter(Boolean)
      .join(' · '),
    alert: c.overdue,
  }));
}
