import { WISH_ACTION_LABELS, isClaimableWishState, type WishAction, type WishActionRequest } from '@linli/shared';
import { Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { DetailPage } from '../../ui/DetailPage';
import { PhotoGallery } from '../../ui/photos/PhotoGallery';
import { actionRequest } from './action-form';
import { formatTime } from './claims-format';
import { ClaimStateTag, WishStateTag } from './ClaimsTags';
import { ClaimTimeline, RatingStars } from './ClaimTimeline';
import { useWish, useWishAction } from './wish-queries';
import { WorkflowActions } from './WorkflowActions';

const DANGER: readonly WishAction[] = ['reject', 'sendBack', 'release', 'cancel'];
/** Forward steps first, so the primary button is the one that moves the wish on. */
const ORDER: readonly WishAction[] = ['approve', 'confirm', 'claim', 'start', 'fulfil', 'reject', 'sendBack', 'release', 'cancel'];

const MISSING = { title: '没有找到这个心愿', hint: '心愿可能已撤销，或不在您的管辖范围内。', backTo: '/claims/wishes', backLabel: '回到微心愿' };

/** One wish: its content and photos, who claimed it, the proof photos, the timeline and exactly the allowed actions. */
export function WishDetailPage() {
  const { id = '' } = useParams();
  const query = useWish(id);
  const act = useWishAction(id);

  return (
    <DetailPage query={query} missing={MISSING}>
      {(w) => {
        const allowed = [...w.allowedActions].sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
        const claim = w.claim;
        return {
          title: w.title,
          description: `${w.communityName} · ${formatTime(w.createdAt)} 提出`,
          status: <WishStateTag state={w.state} />,
          actions: (
            <WorkflowActions
              allowed={allowed}
              labels={WISH_ACTION_LABELS}
              danger={DANGER}
              ariaLabel="心愿操作"
              subject={w.title}
              none="当前没有需要您办理的操作。"
              onAct={(spec, values) => act.mutateAsync(actionRequest(spec, w.version, values) as WishActionRequest)}
              onStale={() => void query.refetch()}
            />
          ),
          main: (
            <Card variant="borderless" title="心愿内容">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{w.content}</Typography.Paragraph>
              <PhotoGallery keys={w.photos} />
              <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginTop: 12 }}>
                <Descriptions.Item label="心愿人">{w.wisherName}</Descriptions.Item>
                <Descriptions.Item label="所属社区">{w.communityName}</Descriptions.Item>
              </Descriptions>
            </Card>
          ),
          history: { title: '办理过程', content: <ClaimTimeline events={w.timeline} /> },
          side: (
            <Card variant="borderless" title="认领情况" size="small">
              {claim ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label="认领人">{claim.claimantName}</Descriptions.Item>
                    <Descriptions.Item label="认领状态">
                      <ClaimStateTag state={claim.state} />
                    </Descriptions.Item>
                    <Descriptions.Item label="认领时间">{formatTime(claim.claimedAt)}</Descriptions.Item>
                    {claim.doneAt && <Descriptions.Item label="圆梦时间">{formatTime(claim.doneAt)}</Descriptions.Item>}
                    {claim.proofNote && <Descriptions.Item label="圆梦情况">{claim.proofNote}</Descriptions.Item>}
                    {claim.rating && (
                      <Descriptions.Item label="评价">
                        <RatingStars rating={claim.rating} />
                      </Descriptions.Item>
                    )}
                  </Descriptions>
                  {claim.proofPhotos.length > 0 && (
                    <>
                      <Typography.Text type="secondary">圆梦照片</Typography.Text>
                      <PhotoGallery keys={claim.proofPhotos} />
                    </>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">{isClaimableWishState(w.state) ? '发布后等待在职党员认领。' : '尚未认领。'}</Typography.Text>
              )}
            </Card>
          ),
        };
      }}
    </DetailPage>
  );
}
