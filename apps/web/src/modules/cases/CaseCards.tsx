import { CASE_ACTION_LABELS, CASE_TIER_LABELS, type CaseAction, type CaseListItem } from '@linli/shared';
import { Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CaseStateTag, DeadlineTag } from './CaseTags';
import { formatTime } from './case-format';

type Row = CaseListItem & { nextActions?: CaseAction[] };

/** Cases as cards for phones (a table would hide the next step off-screen): title, state, next step, deadline. */
export function CaseCards({ rows, loading, empty }: { rows: readonly Row[]; loading: boolean; empty: ReactNode }) {
  if (loading && rows.length === 0) {
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin />
      </Flex>
    );
  }
  if (rows.length === 0) return <Empty description={empty} />;
  return (
    <Flex vertical gap={8}>
      {rows.map((c) => (
        <Link key={c.id} to={`/cases/${c.id}`} style={{ color: 'inherit' }}>
          <Card size="small" hoverable>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Typography.Text strong style={{ color: '#c8161d' }}>
                {c.title}
              </Typography.Text>
              <CaseStateTag state={c.state} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.caseNo} · {c.gridName} · {CASE_TIER_LABELS[c.tier]} · {formatTime(c.submittedAt)}
            </Typography.Text>
            <Flex gap={4} wrap style={{ marginTop: 6 }}>
              {(c.nextActions ?? []).map((a) => (
                <Tag key={a} color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
                  {CASE_ACTION_LABELS[a]}
                </Tag>
              ))}
              <DeadlineTag state={c.state} deadline={c.handlingDeadline} warning={c.warning} overdue={c.overdue} />
              {c.urgency === 'urgent' && (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  紧急
                </Tag>
              )}
              {c.supporters > 0 && <Tag style={{ marginInlineEnd: 0 }}>{c.supporters}人也遇到</Tag>}
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
