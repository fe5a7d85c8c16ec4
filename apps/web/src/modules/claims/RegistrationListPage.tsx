import {
  MEMBER_REGISTRATION_ACTION_LABELS,
  MEMBER_REGISTRATION_STATE_LABELS,
  MEMBER_REGISTRATION_STATES,
  UNDECIDED_REGISTRATION_STATES,
  type MemberRegistrationAction,
  type MemberRegistrationState,
  type MemberRegistrationView,
} from '@linli/shared';
import { Card, Flex, Segmented, Tag, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { actionRequest } from './action-form';
import { formatTime } from './claims-format';
import { RegistrationStateTag } from './ClaimsTags';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { useRegistrationAction, useRegistrationList } from './partner-queries';
import { WorkflowActions } from './WorkflowActions';

function RegistrationActions({ row }: { row: MemberRegistrationView }) {
  const act = useRegistrationAction();
  return (
    <WorkflowActions<MemberRegistrationAction>
      allowed={row.allowedActions}
      labels={MEMBER_REGISTRATION_ACTION_LABELS}
      danger={['reject']}
      size="small"
      ariaLabel={`报到审核：${row.memberName}`}
      subject={`${row.memberName}（${row.unitName}）`}
      onAct={(spec, values) =>
        act.mutateAsync({ id: row.id, body: actionRequest(spec, row.version, values) as { action: MemberRegistrationAction; expectedVersion: number } })
      }
    />
  );
}

const columns: TableColumnsType<MemberRegistrationView> = [
  { title: '党员', dataIndex: 'memberName', width: 100 },
  { title: '工作单位', dataIndex: 'unitName', width: 180 },
  { title: '职业', dataIndex: 'profession', width: 90, render: (v: string | null) => v ?? '—' },
  { title: '特长', dataIndex: 'skills', width: 160, render: (v: string[]) => (v.length ? v.map((s) => <Tag key={s}>{s}</Tag>) : '—') },
  { title: '报到社区', dataIndex: 'communityName', width: 110 },
  { title: '状态', dataIndex: 'state', width: 90, render: (s: MemberRegistrationState) => <RegistrationStateTag state={s} /> },
  { title: '申请时间', dataIndex: 'requestedAt', width: 150, render: (v: string) => formatTime(v) },
  { title: '审核', key: 'actions', width: 180, render: (_, r) => <RegistrationActions row={r} /> },
];

/** 双报到审核: in-service party members asking to register where they live; approve, or reject with a reason. */
export function RegistrationListPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const state: MemberRegistrationState | undefined =
    raw === 'all' ? undefined : raw && (MEMBER_REGISTRATION_STATES as readonly string[]).includes(raw) ? (raw as MemberRegistrationState) : 'pending';
  const communityId = useCommunityParam();
  const { list, rows } = useRegistrationList({ state, communityId });
  const empty =
    state && UNDECIDED_REGISTRATION_STATES.includes(state)
      ? '没有待审核的报到申请。党员在手机上申请到社区报到后，会出现在这里等您审核。'
      : '没有符合条件的报到记录。';

  return (
    <>
      <PageHeader title="双报到审核" description="在职党员到居住地社区报到：核实是本社区居民后同意报到；不符合的请写明原因。" />
      <Card variant="borderless">
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={state ?? 'all'}
            onChange={(v) => {
              const next = new URLSearchParams(params);
              next.set('state', String(v));
              setParams(next, { replace: true });
            }}
            options={[...MEMBER_REGISTRATION_STATES.map((s) => ({ value: s, label: MEMBER_REGISTRATION_STATE_LABELS[s] })), { value: 'all', label: '全部' }]}
          />
          <CommunityFilter />
        </Flex>
        <KeysetTable list={list} rows={rows} columns={columns} empty={empty} unit="人" />
      </Card>
    </>
  );
}
