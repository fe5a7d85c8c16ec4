import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { isMissing } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { GeoMap } from '../../../ui/map/GeoMap';
import { CASE_HEAT, caseMapAreas, casePointsOf } from './case-map-layers';
import { SCREEN } from './chart-options';
import { useCasePoints, useNodeMap } from './map-queries';
import { PanelEmpty, ScreenPanel } from './ScreenPanel';

const MAP_HEIGHT = 420;

/**
 * 案件地图: the children of the node on screen coloured by their open cases, open cases with a coordinate as points
 * (overdue ones pulse); clicking an outline drills down as the heat table does, clicking a case opens it.
 */
export function CaseMapPanel({ nodeId, onDrill }: { nodeId: string; onDrill: (child: { nodeId: string; name: string }) => void }) {
  const navigate = useNavigate();
  const map = useNodeMap(nodeId);
  const points = useCasePoints(nodeId);
  const areas = useMemo(() => (map.data ? caseMapAreas(map.data) : null), [map.data]);
  const pins = useMemo(() => casePointsOf(points.data?.items ?? []), [points.data]);
  const drillable = Boolean(map.data?.children.features.length);
  const missing = map.data?.withoutOutline ?? [];

  let body;
  if (map.isError) {
    // A department or a level without outlines has no map: say so calmly instead of showing an error.
    body = isMissing(map.error) ? (
      <PanelEmpty height={MAP_HEIGHT} text="这一级没有地图" />
    ) : (
      <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />
    );
  } else {
    body = (
      <GeoMap
        mapKey={`case-map-${nodeId}-${map.data?.zoom ?? ''}`}
        collection={areas}
        metric={drillable ? CASE_HEAT : undefined}
        points={pins}
        pointsLabel="在办案件"
        palette="dark"
        height={MAP_HEIGHT}
        label="案件分布地图：各区域在办案件数和在办案件位置"
        onAreaClick={(id) => {
          const f = map.data?.children.features.find((x) => x.id === id);
          if (f) onDrill({ nodeId: id, name: f.properties.name });
        }}
        onPointClick={(id) => navigate(`/cases/${id}`)}
        empty={<PanelEmpty height={MAP_HEIGHT} text={map.isPending ? '正在加载地图…' : '还没有边界数据，请系统管理员导入街道、社区和网格的边界。'} />}
      />
    );
  }
  return (
    <ScreenPanel
      title={drillable ? '案件地图（点击区域下钻）' : '案件地图'}
      extra={
        <Flex gap={12}>
          <Typography.Text style={{ color: SCREEN.muted, fontSize: 12 }}>
            在办 {pins.length} 件有位置{points.data?.truncated ? '（只显示一部分）' : ''}
          </Typography.Text>
        </Flex>
      }
    >
      {body}
      {missing.length > 0 && (
        <Typography.Text style={{ color: SCREEN.muted, fontSize: 12 }}>还没有边界：{missing.map((m) => m.name).join('、')}</Typography.Text>
      )}
    </ScreenPanel>
  );
}
