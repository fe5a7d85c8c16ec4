import { CheckCircleFilled } from '@ant-design/icons';
import {
  caseActionRequest,
  CASE_STATE_LABELS,
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
  isSolvedCaseState,
  isUnsolvedCaseState,
  type CaseDetail,
  type CaseState,
  type Satisfaction,
} from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Radio, Result, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError, errorMessage, isMissing } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { zodRule } from '../../../ui/zod-rule';
import { CaseStateTag, DeadlineTag, handlingStatusOf } from '../CaseTags';
import { actionLabel, formatTime } from '../case-format';
import { caseKeys, useCase, useCaseAction, useSupportCase } from '../case-queries';
import { PhotoGallery } from '../../../ui/photos/PhotoGallery';
import { H5Page } from '../../../h5/H5Page';
import { EventTimeline } from '../../../ui/EventTimeline';

// Timeline dot colour by the state an event led to: closed green, rejected red, the rest blue.
const TIMELINE_COLORS: Partial<Record<CaseState, string>> = { closed: 'green', rejected: 'red' };

/** The five stages a resident follows, and where each state sits on them. */
const STAGES = ['提交', '受理', '办理', '回访', '办结'];
const STAGE_OF: Record<CaseState, number> = {
  submitted: 0,
  accepted: 1,
  verified: 1,
  registered: 2,
  dispatched: 2,
  handling: 2,
  handled: 2,
  checked: 3,
  // Once the resident has rated, 回访 is done: what is left is 办结.
  visited: 4,
  closed: 4,
  rejected: 1,
  merged: 1,
};

/** The five stages as a compact row that fits a 360 px phone: done, current (red ring) and to come. */
function Progress({ state }: { state: CaseState }) {
  const current = STAGE_OF[state];
  const stopped = isUnsolvedCaseState(state);
  const finished = isSolvedCaseState(state);
  return (
    <Flex role="list" aria-label="办理进度" style={{ width: '100%' }}>
      {STAGES.map((title, i) => {
        const done = i < current || (finished && i === current);
        const here = i === current && !finished;
        const color = stopped && here ? '#8c8c8c' : done || here ? '#c8161d' : '#d9d9d9';
        return (
          <Flex key={title} role="listitem" vertical align="center" gap={6} style={{ flex: 1, position: 'relative' }} aria-current={here ? 'step' : undefined}>
            {i > 0 && (
              <span style={{ position: 'absolute', top: 10, right: '50%', width: '100%', height: 2, background: i <= current ? '#c8161d' : '#f0f0f0' }} />
            )}
            <span
              style={{
                position: 'relative',
                zIndex: 1,
                display: 'block',
                boxSizing: 'border-box',
                width: 22,
                height: 22,
                borderRadius: 11,
                border: `2px solid ${color}`,
                background: done ? color : '#fff',
                color: '#fff',
                fontSize: 12,
                lineHeight: '18px',
                textAlign: 'center',
              }}
            >
              {done ? '✓' : ''}
            </span>
            <Typography.Text style={{ fontSize: 12, color: here || done ? undefined : '#8c8c8c', fontWeight: here ? 600 : undefined }}>
              {stopped && here ? CASE_STATE_LABELS[state] : title}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}

function useAct(c: CaseDetail) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const act = useCaseAction(c.id);
  const run = (body: Omit<Parameters<typeof act.mutate>[0], 'expectedVersion'>, done: string, after?: () => void) =>
    act.mutate(
      { ...body, expectedVersion: c.version },
      {
        onSuccess: () => {
          message.success(done);
          after?.();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            message.warning(error.message.includes('他人') ? '案件已被他人处理，已刷新为最新状态' : error.message);
            void client.invalidateQueries({ queryKey: caseKeys.detail(c.id) });
          } else message.error(errorMessage(error));
        },
      },
    );
  return { run, pending: act.isPending };
}

/** 居民评单: was it solved, how satisfied, a comment. */
function VisitCard({ c }: { c: CaseDetail }) {
  const { run, pending } = useAct(c);
  return (
    <Card variant="borderless" size="small" title="请您评价办理结果" style={{ borderLeft: '3px solid #c8161d' }}>
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={(v: { solved: boolean; satisfaction: Satisfaction; note?: string }) =>
          run({ action: 'visit', solved: v.solved, satisfaction: v.satisfaction, note: v.note?.trim() || undefined }, '感谢您的评价')
        }
      >
        <Form.Item name="solved" label="问题是否解决" rules={[{ required: true, message: '请选择问题是否解决' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large">
            <Radio value={true}>是</Radio>
            <Radio value={false}>否</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="satisfaction" label="您对办理结果" rules={[{ required: true, message: '请选择满意程度' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large">
            {SATISFACTION_LEVELS.map((s) => (
              <Radio key={s} value={s}>
                {SATISFACTION_LABELS[s]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label="还想说的（选填）">
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={pending}>
          提交评价
        </Button>
      </Form>
    </Card>
  );
}

/** 问题又出现了: the reporter reopens a case closed within 7 days, with a reason. */
function ReopenCard({ c }: { c: CaseDetail }) {
  const { run, pending } = useAct(c);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button block size="large" onClick={() => setOpen(true)}>
        问题又出现了
      </Button>
    );
  }
  return (
    <Card variant="borderless" size="small" title="问题又出现了">
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={(v: { reason: string }) => run({ action: 'reopen', reason: v.reason.trim() }, '已重新提交办理', () => setOpen(false))}
      >
        <Form.Item name="reason" label="现在是什么情况？" rules={[{ required: true, message: '请说明现在的情况' }, zodRule(caseActionRequest.shape.reason)]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：路灯修好两天后又不亮了" />
        </Form.Item>
        <Flex gap={8}>
          <Button block size="large" onClick={() => setOpen(false)}>
            取消
          </Button>
          <Button type="primary" htmlType="submit" block size="large" loading={pending}>
            重新办理
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

/**
 * A case as a resident sees it: progress, description, photos, promised deadline and the public
 * timeline; rating when it is their turn (回访), "问题又出现了" within 7 days of closing, and
 * "我也遇到" for neighbours. Only what the server allows is offered.
 */
export function ResidentCasePage() {
  const { id } = useParams();
  const { message } = App.useApp();
  const query = useCase(id);
  const support = useSupportCase();

  if (query.isPending) {
    return (
      <H5Page title="问题详情" back="/h5/cases">
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      </H5Page>
    );
  }
  if (query.isError) {
    return (
      <H5Page title="问题详情" back="/h5/cases">
        {isMissing(query.error) ? (
          <Result status="404" title="没有找到这件事" subTitle="链接可能有误，或这件事不在您所在的网格。" />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
        )}
      </H5Page>
    );
  }
  const c = query.data;
  const allowed = (a: string) => c.allowedActions.some((x) => x.action === a);
  const publicEvents = c.timeline.filter((e) => e.isPublic);

  return (
    <H5Page title="问题详情" back="/h5/cases">
      <Flex vertical gap={12}>
        <Card variant="borderless" size="small">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {c.title}
            </Typography.Title>
            <CaseStateTag state={c.state} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            编号 {c.caseNo} · {formatTime(c.submittedAt)}
          </Typography.Text>
          <div style={{ margin: '16px 0 4px' }}>
            <Progress state={c.state} />
          </div>
        </Card>

        {allowed('visit') && <VisitCard c={c} />}
        {c.mergedIntoId && <Alert type="info" showIcon message="与邻居反映的同一问题合并办理" description="办理进度请看合并后的问题。" />}

        <Card variant="borderless" size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
          <PhotoGallery keys={c.photos} size={96} />
          <Flex vertical gap={4} style={{ marginTop: 12, fontSize: 13 }}>
            <Typography.Text type="secondary">位置：{c.address}</Typography.Text>
            {c.categoryName && <Typography.Text type="secondary">类别：{c.categoryName}</Typography.Text>}
            {c.closedAt && (
              <Flex gap={6} align="center" wrap>
                <Typography.Text type="secondary">办结时间：{formatTime(c.closedAt)}</Typography.Text>
                <DeadlineTag state={c.state} deadline={c.handlingDeadline} warning={c.warning} overdue={c.overdue} status={handlingStatusOf(c.limits)} />
              </Flex>
            )}
            {c.handlingDeadline && !c.closedAt && (
              <Flex gap={6} align="center" wrap>
                <Typography.Text type="secondary">承诺办结：{formatTime(c.handlingDeadline)}</Typography.Text>
                <DeadlineTag state={c.state} deadline={c.handlingDeadline} warning={c.warning} overdue={c.overdue} status={handlingStatusOf(c.limits)} />
              </Flex>
            )}
            {c.supporters > 0 && <Typography.Text type="secondary">{c.supporters} 位邻居也遇到</Typography.Text>}
            {c.solved !== null && (
              <Typography.Text>
                评价：{c.solved ? '已解决' : '未解决'}
                {c.satisfaction ? ` · ${SATISFACTION_LABELS[c.satisfaction]}` : ''}
              </Typography.Text>
            )}
          </Flex>
        </Card>

        {allowed('support') && (
          <Button
            block
            size="large"
            icon={<CheckCircleFilled />}
            loading={support.isPending}
            onClick={() =>
              support.mutate(c.id, { onSuccess: () => message.success('已记录，您也遇到了这个问题'), onError: (e) => message.error(errorMessage(e)) })
            }
          >
            我也遇到
          </Button>
        )}
        {c.supportedByMe && (
          <Tag color="green" style={{ alignSelf: 'center' }}>
            您已反映「我也遇到」
          </Tag>
        )}
        {allowed('reopen') && <ReopenCard c={c} />}

        <Card variant="borderless" size="small" title="办理进度">
          <EventTimeline
            small
            entries={publicEvents.map((e) => ({
              id: e.id,
              title: actionLabel(e.action),
              when: formatTime(e.at),
              note: e.note,
              photos: e.photos,
              color: TIMELINE_COLORS[e.toState] ?? 'blue',
            }))}
          />
        </Card>
      </Flex>
    </H5Page>
  );
}
