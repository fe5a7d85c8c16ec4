import { ORDER_ACTION_LABELS, type OrderAction, type OrderState } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Rate, Result, Skeleton, Typography } from 'antd';
import { useLocation, useParams } from 'react-router-dom';
import { isMissing } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/time-format';
import { PhotoGallery } from '../../../ui/photos/PhotoGallery';
import { H5Page } from '../../../h5/H5Page';
import { OrderStateTag } from './OrderList';
import { orderKeys, useOrder, useOrderAction } from './order-queries';
import { PhoneActions, type PhoneActionSpec } from './PhoneActions';
import { EventTimeline } from '../../../ui/EventTimeline';

// Timeline dot colour by the state an event led to: rated green, cancelled grey, the rest blue.
const TIMELINE_COLORS: Partial<Record<OrderState, string>> = { rated: 'green', cancelled: 'gray' };

/** Staff dispatch from the console; the phone offers the rest. */
const PHONE_ACTIONS: readonly OrderAction[] = ['take', 'complete', 'rate', 'sendBack', 'release', 'cancel'];

const ORDER_SPEC: PhoneActionSpec<OrderAction> = {
  labels: ORDER_ACTION_LABELS,
  oneTap: ['take'],
  primary: ['take', 'complete', 'rate'],
  danger: ['release', 'cancel'],
  submitLabels: { complete: '提交完成', rate: '确认并评价', sendBack: '确认退回', release: '确认退单', cancel: '确认取消' },
  fieldLabels: {
    complete: { note: '服务情况', photos: '服务照片' },
    rate: { rating: '给这次服务打个分', note: '想说的话' },
    sendBack: { reason: '哪里还不满意？' },
    release: { reason: '退单原因' },
    cancel: { reason: '取消原因' },
  },
  doneMessages: {
    dispatch: '已派单',
    take: '接单成功，请尽快联系居民',
    complete: '已提交，等待居民确认',
    rate: '感谢您的评价',
    sendBack: '已退回，服务方会重新处理',
    release: '已退单',
    cancel: '订单已取消',
  },
};

const EVENT_LABELS: Record<string, string> = { order: '预约服务', ...ORDER_ACTION_LABELS };

function useBackPath(): string {
  const state = useLocation().state as { from?: unknown } | null;
  return typeof state?.from === 'string' && state.from.startsWith('/h5') ? state.from : '/h5';
}

/**
 * One service order on the phone: for the resident who ordered it (confirm and rate, send back,
 * cancel) and for the member who takes and completes it; only the allowed actions are offered.
 */
export function OrderDetailPage() {
  const { id } = useParams();
  const back = useBackPath();
  const client = useQueryClient();
  const query = useOrder(id);
  const act = useOrderAction(id ?? '');

  if (query.isPending || query.isError) {
    return (
      <H5Page title="订单详情" back={back}>
        {query.isPending ? (
          <Card variant="borderless">
            <Skeleton active />
          </Card>
        ) : isMissing(query.error) ? (
          <Result status="404" title="没有找到这个订单" subTitle="链接可能有误，或订单不在您所在的社区。" />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
        )}
      </H5Page>
    );
  }
  const o = query.data;
  return (
    <H5Page title="订单详情" back={back}>
      <Flex vertical gap={12}>
        <Card variant="borderless" size="small">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {o.serviceTitle}
            </Typography.Title>
            <OrderStateTag state={o.state} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.communityName} · {o.ordererName} · {formatDateTime(o.orderedAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '12px 0 0' }}>{o.note}</Typography.Paragraph>
        </Card>

        {o.takerName && (
          <Card variant="borderless" size="small" title="服务情况">
            <Flex vertical gap={6} style={{ fontSize: 14 }}>
              <Typography.Text>服务方：{o.takerUnitName ? `${o.takerUnitName}（${o.takerName}）` : o.takerName}</Typography.Text>
              {o.takenAt && <Typography.Text type="secondary">接单时间：{formatDateTime(o.takenAt)}</Typography.Text>}
              {o.doneAt && <Typography.Text type="secondary">完成时间：{formatDateTime(o.doneAt)}</Typography.Text>}
              {o.proofNote && <Typography.Text>说明：{o.proofNote}</Typography.Text>}
              <PhotoGallery keys={o.proofPhotos} size={96} />
              {o.rating !== null && (
                <Flex align="center" gap={8}>
                  <Typography.Text>评价：</Typography.Text>
                  <Rate disabled value={o.rating} aria-label={`评分${o.rating}星`} />
                </Flex>
              )}
              {o.rateNote && <Typography.Text>{o.rateNote}</Typography.Text>}
            </Flex>
          </Card>
        )}

        <PhoneActions
          allowed={o.allowedActions.filter((a) => PHONE_ACTIONS.includes(a.action))}
          spec={ORDER_SPEC}
          ariaLabel="订单操作"
          pending={act.isPending}
          onSend={(action, v) => act.mutateAsync({ action, expectedVersion: o.version, ...v })}
          onStale={() => void client.invalidateQueries({ queryKey: orderKeys.all })}
        />

        <Card variant="borderless" size="small" title="订单进度">
          <EventTimeline
            small
            entries={o.timeline.map((e) => ({
              id: e.id,
              title: EVENT_LABELS[e.action] ?? e.action,
              when: formatDateTime(e.at),
              note: e.note,
              photos: e.photos,
              color: TIMELINE_COLORS[e.toState as OrderState] ?? 'blue',
            }))}
          />
        </Card>
      </Flex>
    </H5Page>
  );
}
