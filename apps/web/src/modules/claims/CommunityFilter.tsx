import { useSearchParams } from 'react-router-dom';
import { useMe } from '../auth';
import { AreaTreeSelect } from '../org';
import { ownCommunityOf } from './CommunityField';

/** The `communityId` filter kept in the address (`communityId`, with `communityName` to show it again). */
export function useCommunityParam(): string | undefined {
  const [params] = useSearchParams();
  return params.get('communityId') ?? undefined;
}

/**
 * 按社区筛选 for street and district staff (kept in the address); a worker of one community has
 * nothing to choose, so it is not shown to them. `bar` when it stands alone above a table.
 */
export function CommunityFilter({ bar = false }: { bar?: boolean }) {
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  if (!me || ownCommunityOf(me)) return null;
  const id = params.get('communityId');
  return (
    <div style={{ width: 220, maxWidth: '100%', marginBottom: bar ? 16 : 0 }}>
      <AreaTreeSelect
        allowClear
        pick={['community']}
        placeholder="按社区筛选"
        value={id ? { value: id, label: params.get('communityName') ?? '所选社区' } : null}
        onChange={(v) => {
          const next = new URLSearchParams(params);
          if (v) {
            next.set('communityId', v.value);
            next.set('communityName', v.label);
          } else {
            next.delete('communityId');
            next.delete('communityName');
          }
          setParams(next, { replace: true });
        }}
      />
    </div>
  );
}
