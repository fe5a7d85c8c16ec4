import { ORDER_ACTION_LABELS, isOpenOrderState, type OrderAction, type OrderActionRequest } from '@linli/shared';
import { Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { DetailPage } from '../../ui/DetailPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PhotoGallery } from '../../ui/photos/PhotoGallery';
import { actionRequest } from './action-form';
import { formatTime } from './claims-format';
import { OrderStateTag } from './ClaimsTags';
import { ClaimTimeline, RatingStars } from './ClaimTimeline';
import { useDispatchUnits, useOrder, useOrderAction } from './order-queries';
import { WorkflowActions } from './WorkflowActions';

const DANGER: readonly OrderAction[] = ['sendBack', 'release', 'cancel'];
/** Forward steps first, so the primary button is the one that moves the order on. */
const ORDER: readonly OrderAction[] = ['dispatch', 'take', 'complete', 'rate', 'sendBack', 'release', 'cancel'];

const MISSING = { title: '没有找到这个订单', hint: '订单可能不在您的管辖范围内。', backTo: '/claims/orders', backLabel: '回到社区派单' };

/**
 * One service order for staff: what the resident asked for, who serves it, proof photos, rating, timeline and exactly the
 * allowed actions (社区派单 picks a unit registered with the order's community).
 */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const query = useOrder(id);
  const act = useOrderAction(id);
  const mayDispatch = query.data?.allowedActions.some((a) => a.action === 'dispatch') ?? false;
  const units = useDispatchUnits(query.data?.communityId, mayDispatch);

  return (
    <DetailPage query={query} missing={MISSING}>
      {(o) => {
        const allowed = [...o.allowedActions].sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
        const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.liaisonName ? `${u.name}（联络员 ${u.liaisonName}）` : u.name }));
        return {
          title: o.serviceTitle,
          description: `${o.communityName} · ${formatTime(o.orderedAt)} 预约`,
          status: <OrderStateTag state={o.state} />,
          actions: (
            <>
              {units.isError && <ErrorAlert error={units.error} onRetry={() => units.refetch()} />}
              <WorkflowActions
                allowed={allowed}
                labels={ORDER_ACTION_LABELS}
                danger={DANGER}
                ariaLabel="订单操作"
                subject={o.serviceTitle}
                none="当前没有需要您办理的操作。"
                unitOptions={unitOptions}
                onAct={(spec, values) => act.mutateAsync(actionRequest(spec, o.version, values) as OrderActionRequest)}
                onStale={() => void query.refetch()}
              />
            </>
          ),
          main: (
            <Card variant="borderless" title="居民的需要">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{o.note}</Typography.Paragraph>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label="预约居民">{o.ordererName}</Descriptions.Item>
                <Descriptions.Item label="所属社区">{o.communityName}</Descriptions.Item>
              </Descriptions>
            </Card>
          ),
          history: { title: '办理过程', content: <ClaimTimeline events={o.timeline} /> },
          side: (
            <Card variant="borderless" title="服务情况" size="small">
              {o.takerName || o.takerUnitName ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Descriptions column={1} size="small">
                    {o.takerUnitName && <Descriptions.Item label="服务单位">{o.takerUnitName}</Descriptions.Item>}
                    {o.takerName && <Descriptions.Item label="接单人">{o.takerName}</Descriptions.Item>}
                    {o.takenAt && <Descriptions.Item label="接单时间">{formatTime(o.takenAt)}</Descriptions.Item>}
                    {o.doneAt && <Descriptions.Item label="完成时间">{formatTime(o.doneAt)}</Descriptions.Item>}
                    {o.proofNote && <Descriptions.Item label="完成情况">{o.proofNote}</Descriptions.Item>}
                    {o.rating !== null && (
                      <Descriptions.Item label="居民评价">
                        <RatingStars rating={o.rating} />
                      </Descriptions.Item>
                    )}
                    {o.rateNote && <Descriptions.Item label="评价意见">{o.rateNote}</Descriptions.Item>}
                  </Descriptions>
                  {o.proofPhotos.length > 0 && (
                    <>
                      <Typography.Text type="secondary">服务照片</Typography.Text>
                      <PhotoGallery keys={o.proofPhotos} />
                    </>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">
                  {isOpenOrderState(o.state) ? '还没有人接单。可点「社区派单」派给在本社区报到的共建单位。' : '尚未接单。'}
                </Typography.Text>
              )}
            </Card>
          ),
        };
      }}
    </DetailPage>
  );
}
