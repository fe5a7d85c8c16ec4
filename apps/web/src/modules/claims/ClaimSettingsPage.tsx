import { CLAIM_SETTING_LABELS, type ClaimSettingKey } from '@linli/shared';
import { App, Button, Card, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useClaimSettings, useSetClaimSetting } from './claim-settings-queries';
import { formatTime } from './claims-format';

function DaysEditor({ settingKey, days }: { settingKey: ClaimSettingKey; days: number }) {
  const { message } = App.useApp();
  const set = useSetClaimSetting();
  const [value, setValue] = useState<number | null>(days);
  return (
    <Space>
      <InputNumber
        min={1}
        max={365}
        precision={0}
        value={value}
        onChange={setValue}
        addonAfter="天"
        aria-label={CLAIM_SETTING_LABELS[settingKey]}
        style={{ width: 140 }}
      />
      <Button
        disabled={value === null || value === days}
        loading={set.isPending}
        onClick={() =>
          value !== null &&
          set.mutate(
            { key: settingKey, days: value },
            { onSuccess: () => message.success('已保存，下一次检查起按新期限执行'), onError: (e) => message.error(errorMessage(e)) },
          )
        }
      >
        保存
      </Button>
    </Space>
  );
}

/** 认领设置 (admins and the district): how long a claim may wait before it lapses, and when an unclaimed need goes to the street joint meeting. */
export function ClaimSettingsPage() {
  const settings = useClaimSettings();
  return (
    <>
      <PageHeader
        title="认领设置"
        description="认领后迟迟不开始办理的会自动失效、重新开放认领；长期无人认领的需求会进入街道联席会清单。改动对之后的检查生效。"
      />
      <Card variant="borderless" style={{ maxWidth: 820 }}>
        {settings.isError && <ErrorAlert error={settings.error} onRetry={() => settings.refetch()} />}
        <Table
          rowKey="key"
          loading={settings.isPending}
          pagination={false}
          dataSource={settings.data ?? []}
          locale={{ emptyText: <Empty description="暂无认领设置" /> }}
          columns={[
            { title: '设置项', dataIndex: 'key', render: (k: ClaimSettingKey) => CLAIM_SETTING_LABELS[k] },
            { title: '期限', key: 'days', width: 240, render: (_, s) => <DaysEditor key={`${s.key}-${s.days}`} settingKey={s.key} days={s.days} /> },
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
