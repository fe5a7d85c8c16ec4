import { geoEndpoints as ep, type NodeMapResponse } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { call } from '../../api/client';
import { GeoMap } from '../../ui/map/GeoMap';
import type { AreaCollection, MapPoint } from '../../ui/map/map-types';

/** Levels whose buildings are shown as points (a street or district has too many to read). */
const BUILDING_LEVELS: readonly string[] = ['community', 'grid'];

/** The outlines to draw at a node: its children's, or at a grid its own. */
function areasOf(map: NodeMapResponse): AreaCollection {
  if (map.children.features.length) return map.children as AreaCollection;
  return { type: 'FeatureCollection', features: map.node.outline ? [map.node.outline] : [] } as AreaCollection;
}

/**
 * The node on a map in the org browser: its outline (or its children's, click one to open it) and its buildings as
 * points (click one to open it). Shown to those who may read the map's figures; no resident data is in a map payload.
 */
export function NodeMapCard({ nodeId, kind }: { nodeId: string; kind: string }) {
  const navigate = useNavigate();
  const map = useQuery({ queryKey: ['org', 'map', nodeId], queryFn: () => call(ep.nodeMap, { params: { id: nodeId }, query: {} }), staleTime: 5 * 60_000 });
  const withBuildings = BUILDING_LEVELS.includes(kind);
  const places = useQuery({
    queryKey: ['org', 'places', nodeId],
    queryFn: () => call(ep.nodePlaces, { params: { id: nodeId }, query: { kinds: ['building'] } }),
    enabled: withBuildings,
    staleTime: 5 * 60_000,
  });
  const areas = useMemo(() => (map.data ? areasOf(map.data) : null), [map.data]);
  const points = useMemo<MapPoint[]>(
    () => (places.data?.items ?? []).map((p) => ({ id: p.id, name: p.name, lng: p.lng, lat: p.lat, detail: '楼栋' })),
    [places.data],
  );
  // A level without outlines (a building, a department) answers 404: the card is simply left out.
  if (map.isError) return null;
  const count = places.data?.items.length ?? 0;
  return (
    <Card
      variant="borderless"
      title="位置地图"
      extra={
        withBuildings ? (
          <Typography.Text type="secondary">{places.data ? `楼栋 ${count} 栋${places.data.truncated ? '（只显示一部分）' : ''}` : ''}</Typography.Text>
        ) : null
      }
    >
      <GeoMap
        mapKey={`org-map-${nodeId}-${map.data?.zoom ?? ''}`}
        collection={areas}
        points={points}
        pointsLabel="楼栋"
        height={360}
        label="本区域的边界和楼栋位置"
        onAreaClick={(id) => {
          if (id !== nodeId) navigate(`/org/${id}`);
        }}
        onPointClick={(id) => navigate(`/org/${id}`)}
        empty={
          <Typography.Text type="secondary">
            {map.isPending ? '正在加载地图…' : '这里还没有边界和楼栋位置，可由系统管理员导入边界数据（import-boundaries）。'}
          </Typography.Text>
        }
      />
      {map.data && map.data.withoutOutline.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          还没有边界：{map.data.withoutOutline.map((w) => w.name).join('、')}
        </Typography.Text>
      )}
    </Card>
  );
}
