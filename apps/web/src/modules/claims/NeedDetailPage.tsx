import { NEED_DOMAIN_LABELS, NEED_SOURCE_LABELS, CLAIMABLE_NEED_STATES } from '@linli/shared';
import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { DetailPage } from '../../ui/DetailPage';
import { PhotoGallery } from '../../ui/photos/PhotoGallery';
import { ClaimActions } from './ClaimActions';
import { ClaimNeedButton } from './ClaimNeedButton';
import { formatTime } from './claims-format';
import { ClaimStateTag, NeedStateTag } from './ClaimsTags';
import { ClaimTimeline, RatingStars } from './ClaimTimeline';
import { useNeed } from './need-queries';

const MISSING = { title: '没有找到这条需求', hint: '需求可能不在您的管辖范围或报到社区内。', backTo: '/claims/needs', backLabel: '回到需求清单' };
const MISSING_LIAISON = { ...MISSING, backTo: '/partner/needs', backLabel: '回到社区需求' };

/** One need: description, the unit holding it and its claim's actions, and the whole claim history. */
export function NeedDetailPage() {
  const { id = '' } = useParams();
  const liaison = useLocation().pathname.startsWith('/partner/');
  const query = useNeed(id);

  return (
    <DetailPage query={query} missing={liaison ? MISSING_LIAISON : MISSING}>
      {(n) => {
        const claim = n.claim;
        return {
          title: n.title,
          description: `${n.communityName} · ${NEED_DOMAIN_LABELS[n.domain]} · ${NEED_SOURCE_LABELS[n.source]}`,
          status: (
            <>
              <NeedStateTag state={n.state} />
              {claim && <ClaimStateTag state={claim.state} />}
            </>
          ),
          actions: (
            <Flex gap={8} wrap>
              {n.allowedActions.includes('claim') && <ClaimNeedButton need={n} />}
              {claim && <ClaimActions claim={claim} onDone={() => void query.refetch()} />}
              {!n.allowedActions.includes('claim') && !(claim && claim.allowedActions.length) && (
                <Typography.Text type="secondary">
                  {CLAIMABLE_NEED_STATES.includes(n.state) ? '等待在本社区报到的共建单位认领。' : '当前没有需要您办理的操作。'}
                </Typography.Text>
              )}
            </Flex>
          ),
          main: (
            <Card variant="borderless" title="需求描述">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.description}</Typography.Paragraph>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label="所属社区">{n.communityName}</Descriptions.Item>
                <Descriptions.Item label="登记时间">{formatTime(n.createdAt)}</Descriptions.Item>
              </Descriptions>
            </Card>
          ),
          history: { title: '认领记录', content: <ClaimTimeline events={n.timeline} /> },
          side: (
            <>
              {n.referral && (
                <Card variant="borderless" title="联席会交办" size="small">
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label="承办部门">{n.referral.departmentName}</Descriptions.Item>
                    <Descriptions.Item label="关联案件">
                      <Link to={`/cases/${n.referral.caseId}`}>{n.referral.caseNo}</Link>
                    </Descriptions.Item>
                    <Descriptions.Item label="办理时限">
                      {n.referral.handlingDeadline ? formatTime(n.referral.handlingDeadline) : '—'}
                      {n.referral.overdue && (
                        <Tag color="red" style={{ marginLeft: 6 }}>
                          已超期
                        </Tag>
                      )}
                    </Descriptions.Item>
                    <Descriptions.Item label="交办时间">{`${formatTime(n.referral.referredAt)}（${n.referral.referredByName}）`}</Descriptions.Item>
                  </Descriptions>
                </Card>
              )}
              <Card variant="borderless" title="当前认领" size="small">
                {claim ? (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Descriptions column={1} size="small">
                      <Descriptions.Item label="认领单位">{claim.claimantUnitName ?? '—'}</Descriptions.Item>
                      <Descriptions.Item label="联络人">{claim.claimantName}</Descriptions.Item>
                      <Descriptions.Item label="认领时间">{formatTime(claim.claimedAt)}</Descriptions.Item>
                      {claim.doneAt && <Descriptions.Item label="完成时间">{formatTime(claim.doneAt)}</Descriptions.Item>}
                      {claim.proofNote && <Descriptions.Item label="完成情况">{claim.proofNote}</Descriptions.Item>}
                      {claim.rating && (
                        <Descriptions.Item label="评价">
                          <RatingStars rating={claim.rating} />
                        </Descriptions.Item>
                      )}
                    </Descriptions>
                    <PhotoGallery keys={claim.proofPhotos} />
                  </Space>
                ) : (
                  <Typography.Text type="secondary">还没有单位认领。</Typography.Text>
                )}
              </Card>
            </>
          ),
        };
      }}
    </DetailPage>
  );
}
