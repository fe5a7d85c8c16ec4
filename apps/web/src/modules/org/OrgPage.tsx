import { PrinterOutlined, TeamOutlined } from '@ant-design/icons';
import { CHILD_KINDS, LEDGER_EDITOR_ROLES, NODE_KIND_LABELS, RESIDENT_READER_ROLES, accessRolesOf, mayDo, type NodeKind } from '@linli/shared';
import { Breadcrumb, Button, Card, Empty, Result, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { isMissing } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NoAccessResult } from '../../ui/NoAccessResult';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { ExportButton } from '../../ui/export/ExportButton';
import { useMe, hasAnyRole, rolesOf } from '../auth';
import { ChildrenTable } from './ChildrenTable';
import { HouseholdsPanel } from './HouseholdsPanel';
import { NodeHeaderCard } from './NodeHeaderCard';
import { childrenPath, useOrgChildren, useOrgNode } from './org-queries';
import { OrgSearch } from './OrgSearch';
import { NodeMapCard } from './NodeMapCard';
import { BOARD_KINDS } from './notice-board/notice-board-queries';

/** Levels that have an outline on the map. */
const MAP_KINDS = ['district', 'street', 'community', 'grid'] as const;

function childrenTitle(kind: NodeKind): string {
  const kinds = CHILD_KINDS[kind];
  return kinds.length === 1 ? `${NODE_KIND_LABELS[kinds[0]]}列表` : '下级区域';
}

function emptyChildrenText(kind: NodeKind | null, canImport: boolean): string {
  if (kind === null) return '您的岗位还没有关联任何区域，请联系系统管理员在「用户与岗位」中分配。';
  if (kind === 'grid' || kind === 'microGrid' || kind === 'building' || kind === 'unit') {
    return canImport
      ? `该${NODE_KIND_LABELS[kind]}下还没有登记${childrenTitle(kind).replace('列表', '')}，可在「一张表导入」中上传台账批量登记。`
      : `该${NODE_KIND_LABELS[kind]}下还没有登记下级，请联系社区工作人员或网格员登记。`;
  }
  return `该${NODE_KIND_LABELS[kind]}下还没有下级区域，请联系系统管理员添加。`;
}

/** 区域与网格: drill from district to street, community, grid, building, unit, house, household and residents. */
export function OrgPage() {
  const { nodeId } = useParams();
  const { data: me } = useMe();
  const node = useOrgNode(nodeId);
  const isHouse = node.data?.kind === 'house';
  const children = useOrgChildren(nodeId ?? null, !nodeId || (node.isSuccess && !isHouse));
  const canReadResidents = me ? hasAnyRole(me, RESIDENT_READER_ROLES) : false;
  const canImport = me ? hasAnyRole(me, LEDGER_EDITOR_ROLES) : false;
  // The capability table says who may export the tree; others are not offered the button.
  const canExport = me ? mayDo(accessRolesOf(rolesOf(me)), 'orgTree', 'export') : false;
  // Units and houses below a building are the register readers' (capability `house`): others see why the list is empty.
  const canReadHouses = me ? mayDo(accessRolesOf(rolesOf(me)), 'house', 'read') : false;
  // The notice board names who serves each building: a staff-directory read.
  const canPrintBoards = me ? mayDo(accessRolesOf(rolesOf(me)), 'staffDirectory', 'read') : false;
  // The map carries case figures per area (capability caseStats), so it is offered to those who may read them.
  const canSeeMap = me ? mayDo(accessRolesOf(rolesOf(me)), 'caseStats', 'read') : false;

  const header = <PageHeader title="区域与网格" description="点击任意一行逐级查看，直到房屋、住户和居民。" extra={<OrgSearch />} />;

  if (nodeId && node.isPending) {
    return (
      <>
        {header}
        <PageSkeleton />
      </>
    );
  }
  if (nodeId && node.isError) {
    const missing = isMissing(node.error);
    return (
      <>
        {header}
        {missing ? (
          <Result
            status="404"
            title="没有找到这个区域"
            subTitle="它可能已被删除，或不在您的管辖范围内。"
            extra={
              <Link to="/org">
                <Button type="primary">回到我的区域</Button>
              </Link>
            }
          />
        ) : (
          <ErrorAlert error={node.error} onRetry={() => node.refetch()} />
        )}
      </>
    );
  }

  const current = node.data ?? null;
  const exportButton = (
    <ExportButton
      target={{ file: { href: childrenPath(nodeId ?? null, 'xlsx'), name: `${current?.name ?? '我的区域'}-下级区域.xlsx` } }}
      disabled={!children.data?.length}
    />
  );

  return (
    <>
      {header}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {current && (
          <>
            <Breadcrumb
              items={[
                { title: <Link to="/org">我的区域</Link> },
                ...current.ancestors.map((a) => ({ title: <Link to={`/org/${a.id}`}>{a.name}</Link> })),
                { title: current.name },
              ]}
            />
            <NodeHeaderCard
              node={current}
              actions={
                <>
                  {canPrintBoards && (BOARD_KINDS as readonly string[]).includes(current.kind) && (
                    <Link to={`/org/${current.id}/notice-board`}>
                      <Button icon={<PrinterOutlined />}>打印楼宇公示牌</Button>
                    </Link>
                  )}
                  {canReadResidents && !isHouse && current.kind !== 'department' && (
                    <Link to={`/residents?nodeId=${current.id}`}>
                      <Button icon={<TeamOutlined />}>查看本区域居民</Button>
                    </Link>
                  )}
                </>
              }
            />
          </>
        )}
        {current && canSeeMap && (MAP_KINDS as readonly string[]).includes(current.kind) && <NodeMapCard nodeId={current.id} kind={current.kind} />}
        {isHouse && current ? (
          <HouseholdsPanel nodeId={current.id} canImport={canImport} />
        ) : (
          <Card variant="borderless" title={current ? childrenTitle(current.kind) : '我负责的区域'} extra={canExport ? exportButton : undefined}>
            {current?.kind === 'building' && !canReadHouses ? (
              <NoAccessResult what="楼栋下的单元和房屋" />
            ) : children.isError ? (
              <ErrorAlert error={children.error} onRetry={() => children.refetch()} />
            ) : (
              <ChildrenTable
                rows={children.data ?? []}
                loading={children.isPending}
                empty={<Empty description={emptyChildrenText(current?.kind ?? null, canImport)} />}
              />
            )}
          </Card>
        )}
      </Space>
    </>
  );
}
