import { Form } from 'antd';
import { useMe } from '../auth';
import { AreaTreeSelect, type AreaValue } from '../org';

const COMMUNITY: readonly ['community'] = ['community'];

/** True when the caller works above one community (street, district) and must say which community a record belongs to. */
export function useMustPickCommunity(): boolean {
  const { data: me } = useMe();
  return Boolean(me && !me.posts.some((p) => p.role === 'communityStaff'));
}

/** The 所属社区 form field, shown only to staff above community level; a community worker's own community is implied. */
export function CommunityField() {
  const mustPick = useMustPickCommunity();
  if (!mustPick) return null;
  return (
    <Form.Item name="communityId" label="所属社区" rules={[{ required: true, message: '请选择社区' }]}>
      <AreaTreeSelect pick={COMMUNITY} placeholder="选择社区" />
    </Form.Item>
  );
}

/** The community id a form picked, if any. */
export function pickedCommunity(value: AreaValue | null | undefined): string | undefined {
  return value?.value;
}

/** A standalone community picker for page headers (e.g. the rotation calendar of a street officer). */
export function CommunityPicker({ value, onChange }: { value: AreaValue | null; onChange: (v: AreaValue | null) => void }) {
  return <AreaTreeSelect pick={COMMUNITY} value={value} onChange={onChange} placeholder="选择社区" style={{ minWidth: 220 }} />;
}
