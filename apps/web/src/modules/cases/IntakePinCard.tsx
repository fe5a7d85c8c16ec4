import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { LocateResponse } from '@linli/shared';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { GeoMap } from '../../ui/map/GeoMap';
import { withPinOutline } from '../../ui/map/pin-frame';
import type { MapPoint } from '../../ui/map/map-types';
import { caseMapAreas } from './stats/case-map-layers';
import { useNodeMap } from './stats/map-queries';
import type { LocationAsk } from './h5/use-my-location';

/** What the pin resolves to: its grid and nearest building, or that it lies outside every grid. */
function PinAnswer({ answer, loading, differs }: { answer: LocateResponse | undefined; loading: boolean; differs: boolean }) {
  if (loading || !answer) return <Typography.Text type="secondary">正在确认所属网格…</Typography.Text>;
  if (!answer.inside) return <Typography.Text type="danger">这个位置不在本区的网格内。请重新点选，或在左侧「所属网格」中选择。</Typography.Text>;
  return (
    <div aria-label="定位结果">
      <Typography.Text>
        定位点在 <strong>{answer.grid?.name}</strong>
        <Typography.Text type="secondary">（{answer.community?.name}）</Typography.Text>
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {answer.building ? `最近的楼栋：${answer.building.name}（约 ${Math.round(answer.building.distanceMetres)} 米）` : '附近 50 米内没有登记的楼栋'}
      </Typography.Text>
      {differs && (
        <Typography.Paragraph type="warning" style={{ fontSize: 13, margin: '4px 0 0' }}>
          「所属网格」已改为其他网格：登记时按所选网格，不带定位点。
        </Typography.Paragraph>
      )}
    </div>
  );
}

/**
 * 问题位置 on the staff intake page: a map of the staff member's own area (their grid, or their community's grids); a
 * click drops or moves the pin, 使用我的位置 puts it where the device is. The server names the pin's grid (drawn in
 * red) and nearest building, and the page fills 所属网格 with it; without a pin the grid picker is used as before.
 */
export function IntakePinCard(props: {
  areaNodeId: string | undefined;
  ask: LocationAsk;
  pin: [number, number] | null;
  answer: LocateResponse | undefined;
  locating: boolean;
  /** True when the grid chosen in the form is not the pin's. */
  differs: boolean;
  onAsk: () => void;
  onMove: (at: [number, number]) => void;
  onClear: () => void;
}) {
  const { areaNodeId, ask, pin, answer, locating, differs, onAsk, onMove, onClear } = props;
  const map = useNodeMap(areaNodeId);
  const gridOutline = useMemo(
    () => (answer?.grid && answer.gridOutline ? { id: answer.grid.id, name: answer.grid.name, geometry: answer.gridOutline } : null),
    [answer],
  );
  const areas = useMemo(() => withPinOutline(map.data ? caseMapAreas(map.data) : null, gridOutline), [map.data, gridOutline]);
  const points = useMemo<MapPoint[]>(
    () => [
      ...(pin ? [{ id: 'pin', name: '问题位置', lng: pin[0], lat: pin[1], alert: true }] : []),
      ...(answer?.building
        ? [{ id: answer.building.id, name: answer.building.name, lng: answer.building.lng, lat: answer.building.lat, detail: '最近的楼栋' }]
        : []),
    ],
    [pin, answer],
  );
  return (
    <Card
      variant="borderless"
      title="问题位置"
      extra={
        <Flex gap={4}>
          <Button size="small" icon={<AimOutlined />} onClick={onAsk} loading={ask.state === 'asking'}>
            使用我的位置
          </Button>
          {pin && (
            <Button size="small" type="link" onClick={onClear}>
              清除定位点
            </Button>
          )}
        </Flex>
      }
    >
      <GeoMap
        mapKey={`intake-${areaNodeId ?? ''}-${map.data?.zoom ?? ''}-${gridOutline?.id ?? ''}`}
        collection={areas}
        points={points}
        selectedId={gridOutline?.id ?? null}
        height={260}
        label="辖区地图，点击放置或移动定位点"
        onMapClick={onMove}
        empty={
          <Typography.Text type="secondary">
            {areaNodeId ? '辖区还没有边界数据，请在左侧「所属网格」中选择。' : '您的岗位没有辖区地图，请在左侧「所属网格」中选择。'}
          </Typography.Text>
        }
      />
      <Flex align="flex-start" gap={8} style={{ marginTop: 8 }}>
        <EnvironmentOutlined style={{ color: '#c8161d', fontSize: 16, marginTop: 3 }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          {pin ? (
            <PinAnswer answer={answer} loading={locating} differs={differs} />
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              点地图上问题所在的地方放置定位点，系统会自动确定所属网格和最近的楼栋；不放也可以，直接选择所属网格。
            </Typography.Text>
          )}
          {ask.state === 'unavailable' && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              {ask.why}
            </Typography.Paragraph>
          )}
        </div>
      </Flex>
    </Card>
  );
}
