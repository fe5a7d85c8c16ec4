import { PlusOutlined } from '@ant-design/icons';
import { ADMIN_ROLES, PARTNER_UNIT_KIND_LABELS, UNIT_ADMIN_ROLES, type PartnerUnitKind, type PartnerUnitView } from '@linli/shared';
import { Button, Card, Space, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';
import { useMe, hasAnyRole } from '../auth';
import { AgreementTable } from './AgreementTable';
import { KeysetTable } from '../../ui/KeysetTable';
import { usePartnerUnits } from './partner-queries';
import { PartnerUnitCreateModal } from './PartnerUnitCreateModal';
import { UnitLiaisonModal } from './UnitLiaisonModal';
import { UnitRegisterModal } from './UnitRegisterModal';

/** 共建单位: units in or registered with the caller's area, their agreements, 新增 and 办理报到. */
export function PartnerUnitListPage() {
  const { data: me } = useMe();
  const mayCreate = me ? hasAnyRole(me, UNIT_ADMIN_ROLES) : false;
  const [creating, setCreating] = useState(false);
  const [registering, setRegistering] = useState<PartnerUnitView | null>(null);
  const [assigning, setAssigning] = useState<PartnerUnitView | null>(null);
  const { list, rows } = usePartnerUnits();

  const columns: TableColumnsType<PartnerUnitView> = [
    { title: '单位名称', dataIndex: 'name' },
    { title: '类型', dataIndex: 'kind', width: 100, render: (k: PartnerUnitKind) => PARTNER_UNIT_KIND_LABELS[k] },
    { title: '单位党组织', dataIndex: 'partyOrgName', width: 200, render: (v: string | null) => v ?? '—' },
    { title: '联络员', dataIndex: 'liaisonName', width: 100, render: (v: string | null) => v ?? <Typography.Text type="secondary">未指定</Typography.Text> },
    {
      title: '报到社区',
      key: 'communities',
      width: 200,
      render: (_, u) =>
        u.registrations.length ? u.registrations.map((r) => r.communityName).join('、') : <Typography.Text type="secondary">未在辖区内报到</Typography.Text>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      fixed: 'right',
      render: (_, u) => (
        <Space size={8}>
          <Button size="small" onClick={() => setRegistering(u)}>
            办理报到
          </Button>
          {u.mayAssignLiaison && (
            <Button size="small" onClick={() => setAssigning(u)}>
              指定联络员
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="共建单位"
        description="机关、企事业单位、社会组织、物业和两新组织到社区报到，签订共建协议后认领社区需求。"
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新增共建单位
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <KeysetTable
          list={list}
          rows={rows}
          columns={columns}
          empty={
            mayCreate ? '还没有共建单位。点「新增共建单位」登记，再为它办理社区报到。' : '还没有单位在本社区报到。请联系街道登记共建单位后，在这里办理报到。'
          }
          unit="家"
          expandable={{
            expandedRowRender: (u) => <AgreementTable registrations={u.registrations} emptyText="还没有在您管辖的社区报到，点「办理报到」登记共建协议。" />,
            rowExpandable: () => true,
          }}
        />
      </Card>
      <PartnerUnitCreateModal open={creating} mayPickLiaison={me ? hasAnyRole(me, ADMIN_ROLES) : false} onClose={() => setCreating(false)} />
      <UnitRegisterModal unit={registering} onClose={() => setRegistering(null)} />
      <UnitLiaisonModal unit={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
