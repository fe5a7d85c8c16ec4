import { UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS, type Role } from '@linli/shared';
import { Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../auth';
import { useOrgNode } from '../org';

// Who can take a dispatched case: the grid's workers and building leads, the community's staff.
const ASSIGNABLE: readonly string[] = ['gridWorker', 'buildingLead', 'communityStaff'];

/**
 * The assignee of a dispatch. Solving a case inside the grid is dispatching it to oneself, so
 * "指派给我" comes first; otherwise pick someone on duty at the case's grid or its community.
 */
export function AssigneeField({ gridId, value, onChange, id }: { gridId: string; value?: string; onChange?: (v: string) => void; id?: string }) {
  const { data: me } = useMe();
  const grid = useOrgNode(gridId);
  // The community node is outside a grid worker's scope (404): then only the grid's people are listed.
  const community = useOrgNode(grid.data?.parentId ?? undefined);
  const mine = Boolean(me && value === me.id);
  const [other, setOther] = useState(Boolean(value) && !mine);
  const people = [...(grid.data?.posts ?? []), ...(community.data?.posts ?? [])].filter((p) => ASSIGNABLE.includes(p.role));
  const options = [
    ...new Map(people.map((p) => [p.userId, { value: p.userId, label: `${p.userDisplayName}（${ROLE_LABELS[p.role as Role] ?? p.role}）` }])).values(),
  ];

  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Button
          type={mine ? 'primary' : 'default'}
          icon={<UserOutlined />}
          onClick={() => {
            if (!me) return;
            setOther(false);
            onChange?.(me.id);
          }}
        >
          指派给我
        </Button>
        {mine && <Typography.Text>已选择：{me?.displayName}（本人办理）</Typography.Text>}
        {!other && (
          <Typography.Link
            onClick={() => {
              setOther(true);
              if (mine) onChange?.('');
            }}
          >
            指派给其他人员
          </Typography.Link>
        )}
      </Flex>
      {other && (
        <Select
          id={id}
          placeholder={options.length ? '选择本网格或本社区的在岗人员' : '本网格暂无在岗人员'}
          loading={grid.isPending}
          options={options}
          value={mine ? undefined : value || undefined}
          onChange={(v) => onChange?.(v)}
          showSearch
          optionFilterProp="label"
          allowClear
        />
      )}
    </Flex>
  );
}
