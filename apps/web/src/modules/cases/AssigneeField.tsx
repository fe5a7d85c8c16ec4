import { UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS, type Role } from '@linli/shared';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../auth/auth-queries';
import { useOrgNode } from '../org/org-queries';

/**
 * The assignee of a dispatch. Solving a case inside the grid is dispatching it to oneself, so
 * "指派给我" comes first; anyone else is entered by user id, because the org API lists the people
 * on duty at the grid by name only (no user search for non-admins yet).
 */
export function AssigneeField({ gridId, value, onChange, id }: { gridId: string; value?: string; onChange?: (v: string) => void; id?: string }) {
  const { data: me } = useMe();
  const grid = useOrgNode(gridId);
  const mine = Boolean(me && value === me.id);
  const [other, setOther] = useState(Boolean(value) && !mine);
  const onDuty = (grid.data?.posts ?? []).map((p) => `${p.userDisplayName}（${ROLE_LABELS[p.role as Role] ?? p.role}）`);

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
        <>
          <Input id={id} placeholder="承办人的用户编号" value={mine ? '' : value} onChange={(e) => onChange?.(e.target.value.trim())} allowClear />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {onDuty.length ? `本网格在岗：${onDuty.join('、')}。` : ''}暂不支持按姓名选择承办人，请填写对方的用户编号（可向系统管理员索取）。
          </Typography.Text>
        </>
      )}
    </Flex>
  );
}
