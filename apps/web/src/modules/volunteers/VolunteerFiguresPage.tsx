import type { VolunteerFiguresRow } from '@linli/shared';
import { Card, DatePicker, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ExportButton } from '../../ui/export/ExportButton';
import { figuresExportPath, useVolunteerFigures } from './volunteer-queries';

/** 志愿服务统计: hours and activity counts per community for a month, with the Excel download. */
export function VolunteerFiguresPage() {
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const figures = useVolunteerFigures(month);
  const rows = figures.data ?? [];
  return (
    <>
      <PageHeader
        title="志愿服务统计"
        description="按社区统计当月活动场次、报名人次、服务人数和服务时长（按签到签退计算）。"
        extra={
          <>
            <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
            <ExportButton target={{ file: { href: figuresExportPath(month), name: `志愿服务统计-${month}.xlsx` } }} />
          </>
        }
      />
      {figures.error ? <ErrorAlert error={figures.error} onRetry={() => figures.refetch()} /> : null}
      <Card>
        <Table<VolunteerFiguresRow>
          rowKey="communityId"
          loading={figures.isLoading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: '您管辖范围内没有社区。' }}
          columns={[
            { title: '社区', dataIndex: 'communityName' },
            { title: '活动场次', dataIndex: 'activities' },
            { title: '报名人次', dataIndex: 'signUps' },
            { title: '服务人数', dataIndex: 'volunteers' },
            { title: '服务时长（小时）', dataIndex: 'hours' },
          ]}
          summary={() =>
            rows.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{rows.reduce((s, r) => s + r.activities, 0)}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{rows.reduce((s, r) => s + r.signUps, 0)}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{rows.reduce((s, r) => s + r.volunteers, 0)}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{Math.round((rows.reduce((s, r) => s + r.minutes, 0) / 60) * 10) / 10}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}
