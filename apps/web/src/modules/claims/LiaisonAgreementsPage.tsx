import { PARTNER_UNIT_KIND_LABELS } from '@linli/shared';
import { Card, Empty, Space, Typography } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { AgreementTable } from './AgreementTable';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { usePartnerUnits } from './partner-queries';

/** 共建协议: the liaison's units and their agreement with each community they are registered with. */
export function LiaisonAgreementsPage() {
  const { list, rows } = usePartnerUnits();
  return (
    <>
      <PageHeader title="共建协议" description="本单位与各社区签订的共建协议、期限和共建承诺。" />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.isPending ? (
        <PageSkeleton />
      ) : rows.length === 0 ? (
        <Card variant="borderless">
          <Empty description="您的账号还没有关联共建单位。请联系街道或社区，在「共建单位」里把您设为联络员。" />
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {rows.map((u) => (
            <Card
              key={u.id}
              variant="borderless"
              title={u.name}
              extra={
                <Typography.Text type="secondary">
                  {PARTNER_UNIT_KIND_LABELS[u.kind]}
                  {u.partyOrgName ? ` · ${u.partyOrgName}` : ''}
                </Typography.Text>
              }
            >
              <AgreementTable registrations={u.registrations} emptyText="还没有在社区报到，请联系社区办理报到并签订共建协议。" />
            </Card>
          ))}
          <LoadMoreFooter count={rows.length} unit="家单位" list={list} />
        </Space>
      )}
    </>
  );
}
