import { PrinterOutlined } from '@ant-design/icons';
import type { NoticeBoardCard } from '@linli/shared';
import { Alert, Button, Empty, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useParams } from 'react-router-dom';
import { isMissing } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { NoticeSheet } from './NoticeSheet';
import { useOrgNode } from '../org-queries';
import { BOARD_KINDS, useNoticeBoard } from './notice-board-queries';
import { qrDataUrl, reportLinkOf } from './report-link';
import './notice-board.css';

/** QR codes of the cards' report links, by building id, drawn once per board. */
function useQrCodes(cards: NoticeBoardCard[] | undefined): Record<string, string> {
  const [codes, setCodes] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!cards?.length) return;
    let live = true;
    void Promise.all(cards.map(async (c) => [c.building.id, await qrDataUrl(reportLinkOf(window.location.origin, c.reportPath))] as const)).then((pairs) => {
      if (live) setCodes(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [cards]);
  return codes;
}

/** 楼宇公示牌: an A4 card per building under a node (a grid prints all its buildings at once), one card per printed page. */
export function NoticeBoardPage() {
  const { nodeId = '' } = useParams();
  const node = useOrgNode(nodeId);
  const kind = node.data?.kind;
  const board = useNoticeBoard(nodeId, kind);
  const codes = useQrCodes(board.data);
  // Printing one card: the print copy holds only that card until the dialog closes.
  const [only, setOnly] = useState<string | null>(null);
  useEffect(() => {
    const reset = () => setOnly(null);
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);
  useEffect(() => {
    if (only) window.print();
  }, [only]);

  const back = <Link to={`/org/${nodeId}`}>返回区域</Link>;
  const failed = node.error ?? board.error;
  if (failed) {
    return isMissing(failed) ? (
      <Result status="404" title="没有找到这个网格或楼栋" subTitle="它可能不在您的管辖范围内。" extra={<Link to="/org">回到我的区域</Link>} />
    ) : (
      <ErrorAlert error={failed} onRetry={() => void (node.isError ? node.refetch() : board.refetch())} />
    );
  }
  if (node.data && !(BOARD_KINDS as readonly string[]).includes(node.data.kind)) {
    return (
      <Result
        status="info"
        title="公示牌按网格或楼栋打印"
        subTitle="请先进入一个网格（打印该网格所有楼栋）或一栋楼（只打印这栋）。"
        extra={<Link to={`/org/${nodeId}`}>返回区域</Link>}
      />
    );
  }
  if (!node.data || !board.data) return <PageSkeleton />;
  const cards = board.data;
  const ready = cards.every((c) => codes[c.building.id]);
  const noLead = cards.filter((c) => !c.leads.length).length;
  const noWorker = cards.filter((c) => !c.gridWorkers.length).length;
  const printed = only ? cards.filter((c) => c.building.id === only) : cards;

  return (
    <>
      <PageHeader
        title={`楼宇公示牌 · ${node.data.name}`}
        description="每栋楼一张 A4，贴在楼道口。居民扫码即可反映问题，已自动选好这栋楼。电话按规定隐去中间四位。"
        extra={
          <>
            {back}
            <Button type="primary" icon={<PrinterOutlined />} disabled={!cards.length || !ready} onClick={() => window.print()}>
              打印全部（{cards.length} 张）
            </Button>
          </>
        }
      />
      {(noLead > 0 || noWorker > 0) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={
            [noWorker ? `${noWorker} 栋楼所在网格还没有网格员` : '', noLead ? `${noLead} 栋楼还没有楼长` : ''].filter(Boolean).join('，') +
            '，印出来显示「待补充」。'
          }
          description="可请系统管理员在「用户与岗位」中设置岗位；电话取自本人在居民台账中登记的手机号。"
        />
      )}
      {cards.length === 0 ? (
        <Empty description="该区域下还没有登记楼栋。请先在「一张表导入」中上传台账登记楼栋，再来打印公示牌。" />
      ) : (
        <Flex wrap gap={20} role="list" aria-label="公示牌预览">
          {cards.map((c) => (
            <Flex vertical gap={6} key={c.building.id} role="listitem">
              <div className="nb-preview">
                <NoticeSheet card={c} qr={codes[c.building.id]} />
              </div>
              <Flex justify="space-between" align="center">
                <Typography.Text type="secondary">{c.building.name}</Typography.Text>
                <Button size="small" disabled={!codes[c.building.id]} onClick={() => setOnly(c.building.id)}>
                  只打印这张
                </Button>
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
      {createPortal(
        <div className="nb-print" data-testid="notice-print">
          {printed.map((c) => (
            <NoticeSheet key={c.building.id} card={c} qr={codes[c.building.id]} />
          ))}
        </div>,
        document.body,
      )}
    </>
  );
}
