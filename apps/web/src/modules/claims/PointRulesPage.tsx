import { POINT_RULE_LABELS, type PointRuleKey } from '@linli/shared';
import { App, Button, Card, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { formatTime } from './claims-format';
import { usePointRules, useSetPointRule } from './points-queries';

function RuleEditor({ ruleKey, points }: { ruleKey: PointRuleKey; points: number }) {
  const { message } = App.useApp();
  const set = useSetPointRule();
  const [value, setValue] = useState<number | null>(points);
  return (
    <Space>
      <InputNumber
        min={0}
        max={1000}
        precision={0}
        value={value}
        onChange={setValue}
        addonAfter="分"
        aria-label={POINT_RULE_LABELS[ruleKey]}
        style={{ width: 140 }}
      />
      <Button
        disabled={value === null || value === points}
        loading={set.isPending}
        onClick={() =>
          value !== null &&
          set.mutate(
            { key: ruleKey, points: value },
            { onSuccess: () => message.success('积分规则已保存，之后的确认按新规则记分'), onError: (e) => message.error(errorMessage(e)) },
          )
        }
      >
        保存
      </Button>
    </Space>
  );
}

/** 积分规则 (admins): how many points each confirmed wish, confirmed need claim and service hour earns. */
export function PointRulesPage() {
  const rules = usePointRules();
  return (
    <>
      <PageHeader title="积分规则" description="党员和志愿者完成服务经确认后自动记积分；改动只影响之后的记分，已记的积分不变。" />
      <Card variant="borderless" style={{ maxWidth: 760 }}>
        {rules.isError && <ErrorAlert error={rules.error} onRetry={() => rules.refetch()} />}
        <Table
          rowKey="key"
          loading={rules.isPending}
          pagination={false}
          dataSource={rules.data ?? []}
          locale={{ emptyText: <Empty description="暂无积分规则" /> }}
          columns={[
            { title: '记分事项', dataIndex: 'key', render: (k: PointRuleKey) => POINT_RULE_LABELS[k] },
            { title: '积分', key: 'points', width: 240, render: (_, r) => <RuleEditor key={`${r.key}-${r.points}`} ruleKey={r.key} points={r.points} /> },
            {
              title: '最近修改',
              dataIndex: 'updatedAt',
              width: 150,
              render: (v: string | null) => (v ? formatTime(v) : <Typography.Text type="secondary">默认值</Typography.Text>),
            },
          ]}
        />
      </Card>
    </>
  );
}
