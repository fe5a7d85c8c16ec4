import { Form, Skeleton, Typography } from 'antd';
import { useMe } from '../auth';
import { AreaTreeSelect, type AreaValue } from '../org';

/** The community of a community worker's only community post, or null when they have none or several. */
export function ownCommunityOf(me: ReturnType<typeof useMe>['data']): { id: string; name: string } | null {
  const own = (me?.posts ?? []).filter((p) => p.role === 'communityStaff');
  const ids = [...new Set(own.map((p) => p.nodeId))];
  return ids.length === 1 ? { id: own[0].nodeId, name: own[0].nodeName } : null;
}

/**
 * The 所属社区 input of a staff form: fixed to the worker's own community when they have exactly
 * one, otherwise a picker of communities in the caller's area. The form value is `{ value, label }`;
 * {@link communityIdOf} turns it into the request's `communityId`.
 */
export function CommunityField({ label = '所属社区', required = true }: { label?: string; required?: boolean }) {
  const me = useMe();
  // The field registers its initial value when it mounts, so it waits for the session to be known.
  if (me.isPending) return <Skeleton.Input active size="small" style={{ marginBottom: 24 }} />;
  const own = ownCommunityOf(me.data);
  if (own) {
    return (
      <Form.Item label={label} name="community" initialValue={{ value: own.id, label: own.name }}>
        <FixedCommunity />
      </Form.Item>
    );
  }
  return (
    <Form.Item label={label} name="community" rules={required ? [{ required: true, message: '请选择社区' }] : []} extra="请展开街道后选择社区">
      <AreaTreeSelect pick={['community']} placeholder="选择社区" />
    </Form.Item>
  );
}

function FixedCommunity({ value }: { value?: AreaValue }) {
  return <Typography.Text>{value?.label ?? ''}</Typography.Text>;
}

/** The `communityId` of a form value set by {@link CommunityField}. */
export function communityIdOf(value: unknown): string | undefined {
  return value && typeof value === 'object' && 'value' in value && typeof value.value === 'string' ? value.value : undefined;
}
