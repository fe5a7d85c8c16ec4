import { CASE_CHANNEL_LABELS, CASE_TIER_LABELS, DISPUTE_CASE_CATEGORY, PUBLIC_ACTOR_LABELS, SATISFACTION_LABELS, isOpenCaseState } from '@linli/shared';
import { Alert, Button, Card, Descriptions, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { DetailPage } from '../../ui/DetailPage';
import { CaseActionBar } from './CaseActionBar';
import { CaseLimitsTable, WhistledDepartments } from './CaseLimits';
import { CaseStateTag, DeadlineTag, handlingStatusOf } from './CaseTags';
import { CaseTimeline } from './CaseTimeline';
import { formatTime } from './case-format';
import { useCase } from './case-queries';
import { ReporterPhone } from './ReporterPhone';
import { PhotoGallery } from '../../ui/photos/PhotoGallery';

const MISSING = { title: '没有找到这个案件', hint: '案件编号可能有误，或案件不在您的管辖范围内。', backTo: '/cases', backLabel: '回到案件列表' };

/**
 * One case for staff: number, state, tier, category and deadline; the actions the caller may take
 * now; reporter (phone masked), photos, whistled departments, every time limit and the timeline
 * with internal steps marked.
 */
export function CaseDetailPage() {
  const { id } = useParams();
  const query = useCase(id);

  return (
    <DetailPage query={query} missing={MISSING}>
      {(c) => {
        // Neighbours get 居民 / 匿名居民 from the server (DESIGN rule 5); the latter already says anonymous.
        const reporter = c.reporterName
          ? `${c.reporterName}${c.anonymous && c.reporterName !== PUBLIC_ACTOR_LABELS.anonymousResident ? '（匿名反映）' : ''}`
          : c.anonymous
            ? '匿名'
            : '未登记';
        return {
          title: c.title,
          description: `案件编号 ${c.caseNo}`,
          // A 矛盾纠纷 case goes to the community's people's mediation in one step (the mediation module's page; the server checks who may).
          extra: c.categoryName === DISPUTE_CASE_CATEGORY && isOpenCaseState(c.state) && (
            <Link to={`/mediation/from-case/${c.id}`}>
              <Button>转人民调解</Button>
            </Link>
          ),
          banner: c.mergedIntoId && <Alert type="info" showIcon message="本案已合并" description={<Link to={`/cases/${c.mergedIntoId}`}>查看主案件</Link>} />,
          status: (
            <>
              <CaseStateTag state={c.state} />
              <Tag color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
                {CASE_TIER_LABELS[c.tier]}层级
              </Tag>
              <Tag style={{ marginInlineEnd: 0 }}>{c.categoryName ?? '未分类'}</Tag>
              {c.urgency === 'urgent' && (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  紧急
                </Tag>
              )}
              <DeadlineTag state={c.state} deadline={c.handlingDeadline} warning={c.warning} overdue={c.overdue} status={handlingStatusOf(c.limits)} />
              {c.pendingExtension && (
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  延期待审批
                </Tag>
              )}
              {c.reworkCount > 0 && (
                <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
                  返工{c.reworkCount}次
                </Tag>
              )}
            </>
          ),
          actions: <CaseActionBar detail={c} />,
          main: (
            <>
              <Card variant="borderless" title="问题描述">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
                <PhotoGallery keys={c.photos} />
              </Card>
              <Card variant="borderless" title="基本信息">
                <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                  <Descriptions.Item label="案件编号">{c.caseNo}</Descriptions.Item>
                  <Descriptions.Item label="来源">{CASE_CHANNEL_LABELS[c.channel]}</Descriptions.Item>
                  <Descriptions.Item label="所属网格">{c.gridName}</Descriptions.Item>
                  <Descriptions.Item label="地址">{c.address}</Descriptions.Item>
                  <Descriptions.Item label="上报时间">{formatTime(c.submittedAt)}</Descriptions.Item>
                  <Descriptions.Item label="办理时限">{c.handlingDeadline ? formatTime(c.handlingDeadline) : '立案后开始计时'}</Descriptions.Item>
                  <Descriptions.Item label="反映人">{reporter}</Descriptions.Item>
                  <Descriptions.Item label="联系电话">
                    <ReporterPhone caseId={c.id} masked={c.reporterPhoneMasked} />
                  </Descriptions.Item>
                  <Descriptions.Item label="承办">{c.assigneeName ?? '尚未派遣'}</Descriptions.Item>
                  <Descriptions.Item label="我也遇到">{c.supporters} 人</Descriptions.Item>
                  <Descriptions.Item label="督办 / 返工 / 重启">
                    {c.urgeCount} / {c.reworkCount} / {c.reopenCount}
                  </Descriptions.Item>
                  {c.solved !== null && (
                    <Descriptions.Item label="回访结果">{`${c.solved ? '已解决' : '未解决'}，${c.satisfaction ? SATISFACTION_LABELS[c.satisfaction] : ''}`}</Descriptions.Item>
                  )}
                  {c.closedAt && <Descriptions.Item label="结案时间">{formatTime(c.closedAt)}</Descriptions.Item>}
                  {c.pendingExtension && (
                    <Descriptions.Item label="延期申请">
                      至 {formatTime(c.pendingExtension.newDeadline)}：{c.pendingExtension.reason}
                    </Descriptions.Item>
                  )}
                </Descriptions>
              </Card>
            </>
          ),
          history: { title: '办理过程', content: <CaseTimeline detail={c} /> },
          side: (
            <>
              {c.departments.length > 0 && (
                <Card variant="borderless" title="吹哨部门" size="small">
                  <WhistledDepartments departments={c.departments} />
                </Card>
              )}
              <Card variant="borderless" title="时限" size="small">
                <CaseLimitsTable limits={c.limits} />
              </Card>
            </>
          ),
        };
      }}
    </DetailPage>
  );
}
