import { CLAIM_STATE_LABELS, CLAIM_STATES, type ClaimItemKind, type ClaimState, type ClaimView } from '@linli/shared';
import { Card, Flex, Segmented, Select, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { ClaimActions } from './ClaimActions';
import { formatTime } from './claims-format';
import { ClaimStateTag } from './ClaimsTags';
import { RatingStars } from './ClaimTimeline';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { useClaimList } from './need-queries';

const KIND_LABELS: Record<ClaimItemKind, string> = { need: '需求', wish: '微心愿' };

function itemLink(c: ClaimView): string {
  return c.itemKind === 'need' ? `/claims/needs/${c.itemId}` : `/claims/wishes/${c.itemId}`;
}

function columns(liaison: boolean): TableColumnsType<ClaimView> {
  return [
    {
      title: '认领事项',
      key: 'item',
      // Every column has a width that together fit 1366 px (e2e/console-fit.spec.ts); long titles wrap.
      width: 170,
      render: (_, c) => (liaison && c.itemKind === 'wish' ? c.itemTitle : <Link to={liaison ? `/partner/needs/${c.itemId}` : itemLink(c)}>{c.itemTitle}</Link>),
    },
    { title: '类型', dataIndex: 'itemKind', width: 64, render: (k: ClaimItemKind) => KIND_LABELS[k] },
    { title: '状态', dataIndex: 'state', width: 90, render: (s: ClaimState) => <ClaimStateTag state={s} /> },
    ...(liaison ? [] : [{ title: '社区', dataIndex: 'communityName', width: 96, render: (v: string | undefined) => v || '—' }]),
    { title: '认领方', key: 'who', width: 150, render: (_, c) => (c.claimantUnitName ? `${c.claimantUnitName}（${c.claimantName}）` : c.claimantName) },
    { title: '认领时间', dataIndex: 'claimedAt', width: 140, render: (v: string) => formatTime(v) },
    { title: '评价', dataIndex: 'rating', width: 140, render: (v: number | null) => <RatingStars rating={v} /> },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, c) => <ClaimActions claim={c} size="small" none={c.itemKind === 'wish' ? '在心愿页办理' : undefined} />,
    },
  ];
}

function asState(v: string | null): ClaimState | undefined {
  return v && (CLAIM_STATES as readonly string[]).includes(v) ? (v as ClaimState) : undefined;
}

/**
 * The claims table with state and kind filters and 加载更多. Staff see every claim in their area
 * (认领记录); a liaison (`liaison`) sees their unit's claims and can start and complete them.
 */
export function ClaimTable({ liaison = false }: { liaison?: boolean }) {
  const [params, setParams] = useSearchParams();
  const state = asState(params.get('state'));
  const itemKind: ClaimItemKind | undefined = liaison
    ? 'need'
    : params.get('kind') === 'need' || params.get('kind') === 'wish'
      ? (params.get('kind') as ClaimItemKind)
      : undefined;
  const community = useCommunityParam();
  const communityId = liaison ? undefined : community;
  const { list, rows } = useClaimList({ state, itemKind, communityId, mine: liaison ? true : undefined });
  const filtered = Boolean(state || (!liaison && (itemKind || communityId)));
  const empty = filtered
    ? '没有符合条件的认领，请清除筛选条件再试。'
    : liaison
      ? '本单位还没有认领。到「社区需求」里挑一条需求认领吧。'
      : '还没有认领。共建单位认领需求、党员认领微心愿后会出现在这里。';

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Card variant="borderless">
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select<ClaimState>
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          value={state}
          onChange={(v) => setParam('state', v)}
          options={CLAIM_STATES.map((s) => ({ value: s, label: CLAIM_STATE_LABELS[s] }))}
          style={{ width: 130 }}
        />
        {!liaison && (
          <Segmented
            value={itemKind ?? 'all'}
            onChange={(v) => setParam('kind', v === 'all' ? undefined : String(v))}
            options={[
              { value: 'all', label: '全部' },
              { value: 'need', label: '需求' },
              { value: 'wish', label: '微心愿' },
            ]}
          />
        )}
        {!liaison && <CommunityFilter />}
      </Flex>
      <KeysetTable list={list} rows={rows} columns={columns(liaison)} empty={empty} unit="条" />
    </Card>
  );
}

/** 认领记录 (staff): every claim in the area, with the confirm / send-back steps of needs' claims. */
export function ClaimListPage() {
  return (
    <>
      <PageHeader title="认领记录" description="需求和微心愿的认领情况。单位提交完成后，请核实并「确认评价」，不合格的「退回重办」。" />
      <ClaimTable />
    </>
  );
}
