import { PaperClipOutlined } from '@ant-design/icons';
import type { PartnerUnitView } from '@linli/shared';
import { Empty, Table, Tag, Typography } from 'antd';
import { photoUrl } from '../../ui/photos/photo-upload';
import { formatDate } from './claims-format';
import { todayInShanghai } from '../../ui/time-format';

type Registration = PartnerUnitView['registrations'][number];

/** The co-building agreements 共建协议 of a unit: community, term, commitments, seat and the scanned agreement. */
export function AgreementTable({ registrations, emptyText = '还没有在任何社区报到。' }: { registrations: readonly Registration[]; emptyText?: string }) {
  const today = todayInShanghai();
  return (
    <Table<Registration>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...registrations]}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '报到社区', dataIndex: 'communityName', width: 110 },
        { title: '协议', dataIndex: 'agreementTitle', width: 220 },
        {
          title: '协议期限',
          key: 'term',
          width: 200,
          render: (_, r) => (
            <>
              {formatDate(r.startsOn)} 至 {formatDate(r.endsOn)}
              {r.endsOn < today && (
                <Tag color="red" style={{ marginLeft: 6 }}>
                  已到期
                </Tag>
              )}
            </>
          ),
        },
        {
          title: '共建承诺',
          dataIndex: 'commitments',
          render: (v: string) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', minWidth: 200 }}>{v}</Typography.Paragraph>,
        },
        { title: '兼职委员', dataIndex: 'partTimeSeat', width: 90, render: (v: boolean) => (v ? <Tag color="red">兼职委员</Tag> : '—') },
        {
          title: '协议扫描件',
          dataIndex: 'fileKey',
          width: 110,
          render: (v: string | null) =>
            v ? (
              <a href={photoUrl(v)} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> 查看
              </a>
            ) : (
              <Typography.Text type="secondary">未上传</Typography.Text>
            ),
        },
      ]}
    />
  );
}
