import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { LocateResponse } from '@linli/shared';
import { Button, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { GeoMap } from '../../../ui/map/GeoMap';
import { pinFrame, withPinOutline } from '../../../ui/map/pin-frame';
import type { LocationAsk } from './use-my-location';

/** What the pin says: the grid it falls in and the nearest building, or that it is outside the district. */
function PinAnswer({ answer, loading }: { answer: LocateResponse | undefined; loading: boolean }) {
  if (loading || !answer) return <Typography.Text type="secondary">正在确认所属网格…</Typography.Text>;
  if (!answer.inside) return <Typography.Text type="danger">这个位置不在本区的网格内。请在地图上移动定位点，或点「不用定位」后选择所在位置。</Typography.Text>;
  return (
    <div aria-label="定位结果">
      <Typography.Text>
        所属网格：<strong>{answer.grid?.name}</strong>
        <Typography.Text type="secondary">（{answer.community?.name}）</Typography.Text>
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {answer.building ? `最近的楼栋：${answer.building.name}（约 ${Math.round(answer.building.distanceMetres)} 米）` : '附近 50 米内没有登记的楼栋'}
      </Typography.Text>
    </div>
  );
}

/**
 * 使用我的位置: asks the browser for the position (with permission), shows the grid and nearest building the server
 * finds for it and a small map to move the pin by tapping; refused or not wanted, the page falls back to its pickers.
 */
export function MyLocationField(props: {
  ask: LocationAsk;
  pin: [number, number] | null;
  answer: LocateResponse | undefined;
  locating: boolean;
  onAsk: () => void;
  onMove: (at: [number, number]) => void;
  onClear: () => void;
}) {
  const { ask, pin, answer, locating, onAsk, onMove, onClear } = props;
  // The frame around the first fix, and the outline of the grid the pin falls in once the server names it.
  const gridOutline = useMemo(
    () => (answer?.grid && answer.gridOutline ? { id: answer.grid.id, name: answer.grid.name, geometry: answer.gridOutline } : null),
    [answer],
  );
  const frame = useMemo(() => (ask.state === 'found' ? withPinOutline(pinFrame(ask.first), gridOutline) : null), [ask, gridOutline]);
  const points = useMemo(
    () => [
      ...(pin ? [{ id: 'pin', name: '问题位置', lng: pin[0], lat: pin[1], alert: true }] : []),
      ...(answer?.building
        ? [{ id: answer.building.id, name: answer.building.name, lng: answer.building.lng, lat: answer.building.lat, detail: '最近的楼栋' }]
        : []),
    ],
    [pin, answer],
  );
  if (ask.state !== 'found') {
    return (
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        <Button icon={<AimOutlined />} onClick={onAsk} loading={ask.state === 'asking'} block>
          使用我的位置
        </Button>
        {ask.state === 'unavailable' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {ask.why}
          </Typography.Text>
        )}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Flex align="flex-start" gap={8}>
        <EnvironmentOutlined style={{ color: '#c8161d', fontSize: 18, marginTop: 3 }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <PinAnswer answer={answer} loading={locating} />
        </div>
        <Button size="small" type="link" onClick={onClear}>
          不用定位
        </Button>
      </Flex>
      <GeoMap
        mapKey={`pin-${ask.first.join(',')}-${gridOutline?.id ?? ''}`}
        collection={frame}
        selectedId={gridOutline?.id ?? null}
        points={points}
        height={200}
        labels={false}
        label="定位点地图，点击可移动定位点"
        onMapClick={onMove}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        红线是定位点所在的网格。定位不准？点地图上问题所在的地方移动红点。
      </Typography.Text>
    </Flex>
  );
}
