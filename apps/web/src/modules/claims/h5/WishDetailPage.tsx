import { CLAIM_STATE_LABELS, WISH_ACTION_LABELS, type WishAction, type ClaimState, type WishState } from '@linli/shared';
import { Card, Flex, Rate, Result, Skeleton, Typography } from 'antd';
import { useLocation, useParams } from 'react-router-dom';
import { isMissing } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/time-format';
import { PhotoGallery } from '../../../ui/photos/PhotoGallery';
import { H5Page } from '../../../h5/H5Page';
import { useWish } from './claims-queries';
import { WishActions } from './WishActions';
import { WishStateTag } from './wish-format';
import { EventTimeline } from '../../../ui/EventTimeline';

// Timeline dot colour by the state an event (of the wish or its claim) led to: confirmed green, turned down red, the rest blue.
const TIMELINE_COLORS: Partial<Record<WishState | ClaimState, string>> = { confirmed: 'green', rejected: 'red', cancelled: 'red' };

function eventLabel(action: string): string {
  if (action === 'create') return '提交心愿';
  return WISH_ACTION_LABELS[action as WishAction] ?? action;
}

/** Where the back arrow goes: the list the wish was opened from (kept in the link's state). */
function useBackPath(): string {
  const state = useLocation().state as { from?: unknown } | null;
  return typeof state?.from === 'string' && state.from.startsWith('/h5') ? state.from : '/h5';
}

/**
 * One wish on the phone, for the member who claims and fulfils it and for the resident who
 * raised it: what is wished, its state, the claim with its proof photos and rating, the timeline,
 * and the actions the server allows the caller now.
 */
export function WishDetailPage() {
  const { id } = useParams();
  const back = useBackPath();
  const query = useWish(id);

  if (query.isPending) {
    return (
      <H5Page title="心愿详情" back={back}>
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      </H5Page>
    );
  }
  if (query.isError) {
    return (
      <H5Page title="心愿详情" back={back}>
        {isMissing(query.error) ? (
          <Result status="404" title="没有找到这个心愿" subTitle="心愿可能已撤销，或不在您所在的社区。" />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
        )}
      </H5Page>
    );
  }
  const w = query.data;
  const claim = w.claim;
  return (
    <H5Page title="心愿详情" back={back}>
      <Flex vertical gap={12}>
        <Card variant="borderless" size="small">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {w.title}
            </Typography.Title>
            <WishStateTag state={w.state} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {w.communityName} · 心愿人 {w.wisherName} · {formatDateTime(w.createdAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '12px 0 8px' }}>{w.content}</Typography.Paragraph>
          <PhotoGallery keys={w.photos} size={96} />
        </Card>

        {claim && (
          <Card variant="borderless" size="small" title="认领情况">
            <Flex vertical gap={6} style={{ fontSize: 14 }}>
              <Typography.Text>
                认领人：{claim.claimantName}（{CLAIM_STATE_LABELS[claim.state]}）
              </Typography.Text>
              <Typography.Text type="secondary">认领时间：{formatDateTime(claim.claimedAt)}</Typography.Text>
              {claim.doneAt && <Typography.Text type="secondary">圆梦时间：{formatDateTime(claim.doneAt)}</Typography.Text>}
              {claim.proofNote && <Typography.Text>说明：{claim.proofNote}</Typography.Text>}
              <PhotoGallery keys={claim.proofPhotos} size={96} />
              {claim.rating !== null && (
                <Flex align="center" gap={8}>
                  <Typography.Text>评价：</Typography.Text>
                  <Rate disabled value={claim.rating} aria-label={`评分${claim.rating}星`} />
                </Flex>
              )}
            </Flex>
          </Card>
        )}

        <WishActions wish={w} />

        <Card variant="borderless" size="small" title="心愿进度">
          <EventTimeline
            small
            entries={w.timeline.map((e) => ({
              id: e.id,
              title: eventLabel(e.action),
              who: e.action === 'create' ? undefined : e.actorName,
              when: formatDateTime(e.at),
              note: e.note,
              photos: e.photos,
              color: TIMELINE_COLORS[e.toState as WishState | ClaimState] ?? 'blue',
            }))}
          />
        </Card>
      </Flex>
    </H5Page>
  );
}
