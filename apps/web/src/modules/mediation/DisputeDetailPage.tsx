import { FilePdfOutlined } from '@ant-design/icons';
import {
  AGREEMENT_FORM_LABELS,
  CONFIRMATION_STATE_LABELS,
  DISPUTE_ACTION_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_SOURCE_LABELS,
  DISPUTE_STATE_LABELS,
  DOSSIER_ITEM_LABELS,
  FAILED_ROUTE_LABELS,
  FOLLOW_UP_RATING_LABELS,
  MEDIATOR_BACKGROUND_LABELS,
  PARTY_SIDE_LABELS,
  REJECT_REASON_LABELS,
  confirmationNotApplied,
  isClockRunning,
  isDossierClosed,
  isOpenDispute,
  type DisputeDetail,
  type DisputeState,
  type PartyView,
} from '@linli/shared';
import { App, Button, Card, Checkbox, Descriptions, Empty, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { DetailPage } from '../../ui/DetailPage';
import { EventTimeline } from '../../ui/EventTimeline';
import { formatDate, formatDateTime } from '../../ui/time-format';
import { DisputeActionModal } from './DisputeActionModal';
import { DISPUTE_STATE_COLORS } from './mediation-format';
import { documentPaths, useDispute, useRemoveParty, useRevealParty, useSetDossierItem } from './mediation-queries';
import { PartyFormModal } from './PartyFormModal';

const MISSING = { title: '没有找到这件纠纷', hint: '纠纷可能不在您的管辖范围内。', backTo: '/mediation/disputes', backLabel: '回到矛盾纠纷' };
const PRIMARY = new Set(['accept', 'startMediation', 'recordSession', 'agree', 'confirmPerformed', 'followUp', 'archive']);

/** The parties with their masked contacts (a tap reveals one, audited); before the conclusion the committee adds, edits and removes them. */
function Parties({ d, onEdit }: { d: DisputeDetail; onEdit: (p: PartyView) => void }) {
  const reveal = useRevealParty(d.id);
  const remove = useRemoveParty(d.id);
  const editable = d.committee && isOpenDispute(d.state);
  const { message, modal } = App.useApp();
  const show = async (p: PartyView, field: 'phone' | 'idNumber') => {
    try {
      const res = await reveal.mutateAsync({ partyId: p.id, body: { field, reason: '人民调解联系当事人' } });
      modal.info({ title: `${p.name}的${field === 'phone' ? '手机号' : '身份证号'}`, content: res.value ?? '未登记', okText: '知道了' });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Table<PartyView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={d.parties}
      locale={{ emptyText: '还没有登记当事人。调解前须登记双方当事人。' }}
      columns={[
        { title: '身份', dataIndex: 'side', width: 90, render: (s: PartyView['side']) => PARTY_SIDE_LABELS[s] },
        {
          title: '姓名',
          dataIndex: 'name',
          render: (n: string, p) =>
            p.hasAccount ? (
              <Space>
                {n}
                <Tag>可在手机查看进度</Tag>
              </Space>
            ) : (
              n
            ),
        },
        {
          title: '手机',
          dataIndex: 'phone',
          render: (v: string | null, p) =>
            v && d.committee ? (
              <Button type="link" size="small" onClick={() => show(p, 'phone')}>
                {v}
              </Button>
            ) : (
              (v ?? '—')
            ),
        },
        {
          title: '身份证号',
          dataIndex: 'idNumber',
          render: (v: string | null, p) =>
            v && d.committee ? (
              <Button type="link" size="small" onClick={() => show(p, 'idNumber')}>
                {v}
              </Button>
            ) : (
              (v ?? '—')
            ),
        },
        ...(editable
          ? [
              {
                title: '',
                key: 'edit',
                width: 110,
                render: (_: unknown, p: PartyView) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => onEdit(p)}>
                      修改
                    </Button>
                    <Popconfirm
                      title={`删除当事人${p.name}？`}
                      description="仅用于删除登记错误的当事人"
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutateAsync(p.id).catch((error) => message.error(errorMessage(error)))}
                    >
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Dossier({ d }: { d: DisputeDetail }) {
  const set = useSetDossierItem(d.id);
  const { message } = App.useApp();
  const locked = !d.committee || isDossierClosed(d.state);
  return (
    <List
      size="small"
      dataSource={d.dossier}
      renderItem={(i) => (
        <List.Item extra={i.required ? i.done ? <Tag color="green">已归档</Tag> : <Tag color="orange">缺</Tag> : <Tag>按需</Tag>}>
          <Checkbox
            checked={i.done}
            disabled={locked || i.auto || set.isPending}
            onChange={(e) => set.mutateAsync({ item: i.item, done: e.target.checked }).catch((error) => message.error(errorMessage(error)))}
          >
            {DOSSIER_ITEM_LABELS[i.item]}
            {i.auto ? <Typography.Text type="secondary">（办理时自动归入）</Typography.Text> : null}
          </Checkbox>
        </List.Item>
      )}
    />
  );
}

function Outcome({ d }: { d: DisputeDetail }) {
  if (!d.outcome) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未调结。调解期限内达成协议、调解不成或撤回后在这里显示结果。" />;
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label="结果">{DISPUTE_STATE_LABELS[d.outcome as DisputeState] ?? d.outcome}</Descriptions.Item>
      {d.rejectReason ? <Descriptions.Item label="不予受理原因">{REJECT_REASON_LABELS[d.rejectReason]}</Descriptions.Item> : null}
      {d.failedRoute ? <Descriptions.Item label="已告知途径">{FAILED_ROUTE_LABELS[d.failedRoute]}</Descriptions.Item> : null}
      {d.outcomeNote ? <Descriptions.Item label="说明">{d.outcomeNote}</Descriptions.Item> : null}
      {d.agreementForm ? <Descriptions.Item label="协议形式">{AGREEMENT_FORM_LABELS[d.agreementForm]}</Descriptions.Item> : null}
      {d.terms ? (
        <Descriptions.Item label="协议内容">
          <span style={{ whiteSpace: 'pre-wrap' }}>{d.terms}</span>
        </Descriptions.Item>
      ) : null}
      {d.performanceDueOn ? <Descriptions.Item label="履行期限">{d.performanceDueOn}</Descriptions.Item> : null}
      {d.agreementForm === 'written' ? (
        <Descriptions.Item label="司法确认">
          {CONFIRMATION_STATE_LABELS[d.confirmation.state]}
          {d.confirmation.court ? `（${d.confirmation.court}）` : ''}
          {confirmationNotApplied(d.confirmation.state) && d.confirmation.windowEndsAt ? `，可申请至 ${formatDate(d.confirmation.windowEndsAt)}` : ''}
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label="回访">
        {d.followUp ? `${formatDate(d.followUp.at)} ${FOLLOW_UP_RATING_LABELS[d.followUp.rating]}${d.followUp.note ? `：${d.followUp.note}` : ''}` : '尚未回访'}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * Why the committee has no action: archived, or (performed and visited, say) archiving waits for the
 * dossier — then say which papers are missing rather than calling it archived.
 */
function nothingToDo(d: DisputeDetail): string {
  const missing = d.dossier.filter((i) => i.required && !i.done).map((i) => DOSSIER_ITEM_LABELS[i.item]);
  if (isDossierClosed(d.state) || !missing.length) return '这件纠纷已办结归档，没有可办的事项。';
  return `卷宗齐全后即可归档，还缺：${missing.join('、')}。请在「卷宗清单」中勾选补齐。`;
}

/** One dispute on the shared detail layout: the actions its committee may take, parties, sessions, outcome, dossier, documents and history. */
export function DisputeDetailPage() {
  const { id = '' } = useParams();
  const query = useDispute(id);
  const [acting, setActing] = useState<DisputeDetail['allowedActions'][number] | null>(null);
  // The party form: null closed, 'new' to register one, or the party being changed.
  const [party, setParty] = useState<PartyView | 'new' | null>(null);
  const docs = documentPaths(id);
  return (
    <>
      <DetailPage query={query} missing={MISSING}>
        {(d) => ({
          title: `纠纷 ${d.disputeNo}`,
          description: `${d.communityName} · ${DISPUTE_KIND_LABELS[d.kind]} · ${d.partiesLabel}`,
          extra: d.committee ? (
            <Space>
              {d.outcome === 'agreed' && d.agreementForm === 'written' ? (
                <Button icon={<FilePdfOutlined />} href={docs.agreement} target="_blank">
                  调解协议书
                </Button>
              ) : null}
              <Button icon={<FilePdfOutlined />} href={docs.cover} target="_blank">
                卷宗封面
              </Button>
            </Space>
          ) : null,
          status: (
            <>
              <Tag color={DISPUTE_STATE_COLORS[d.state]}>{DISPUTE_STATE_LABELS[d.state]}</Tag>
              <Tag>{DISPUTE_SOURCE_LABELS[d.source]}</Tag>
              {d.overdue ? <Tag color="red">已超过调结期限</Tag> : null}
              {d.extension ? <Tag color="gold">已延期{d.extension.days}日</Tag> : null}
              {d.dueAt && isClockRunning(d.state) ? <Typography.Text type="secondary">调结期限 {formatDateTime(d.dueAt)}</Typography.Text> : null}
            </>
          ),
          actions: d.allowedActions.length ? (
            <Space wrap>
              {d.allowedActions.map((a) => (
                <Button
                  key={a.action}
                  type={PRIMARY.has(a.action) ? 'primary' : 'default'}
                  danger={a.action === 'reject' || a.action === 'fail'}
                  onClick={() => setActing(a)}
                >
                  {DISPUTE_ACTION_LABELS[a.action]}
                </Button>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">
              {d.committee ? nothingToDo(d) : '纠纷由所在社区人民调解委员会办理，您可以查看进度；当事人姓名已隐去。'}
            </Typography.Text>
          ),
          main: (
            <>
              <Card variant="borderless" title="纠纷情况">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.summary}</Typography.Paragraph>
                {d.preferredTime ? <Typography.Paragraph type="secondary">申请人希望的调解时间：{d.preferredTime}</Typography.Paragraph> : null}
                {d.sourceRef ? <Typography.Text type="secondary">移交文号：{d.sourceRef}</Typography.Text> : null}
                {d.caseId ? (
                  <div>
                    <Link to={`/cases/${d.caseId}`}>查看来源案件</Link>
                  </div>
                ) : null}
              </Card>
              <Card
                variant="borderless"
                title="当事人"
                extra={
                  d.committee && isOpenDispute(d.state) ? (
                    <Button size="small" onClick={() => setParty('new')}>
                      登记当事人
                    </Button>
                  ) : null
                }
              >
                <Parties d={d} onEdit={setParty} />
              </Card>
              <Card variant="borderless" title={`调解记录（${d.sessions.length}次）`}>
                {d.sessions.length ? (
                  <List
                    dataSource={d.sessions}
                    renderItem={(s) => (
                      <List.Item>
                        <List.Item.Meta
                          title={`${formatDateTime(s.heldAt)} ${s.place}`}
                          description={`调解员：${s.mediatorNames.join('、') || '—'}；到场：${s.partyNames.join('、') || '—'}；记录人：${s.recordedBy}`}
                        />
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, maxWidth: 420 }}>{s.record}</Typography.Paragraph>
                      </List.Item>
                    )}
                  />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有调解记录。开始调解后，每次调解点「记录调解」。" />
                )}
              </Card>
              <Card variant="borderless" title="调解结果与履行">
                <Outcome d={d} />
              </Card>
            </>
          ),
          history: {
            title: '办理过程',
            content: (
              <EventTimeline
                entries={[...d.timeline].reverse().map((e) => ({
                  id: e.id,
                  title: DISPUTE_ACTION_LABELS[e.action as 'accept'] ?? e.action,
                  who: e.actorName,
                  when: formatDateTime(e.at),
                  transition:
                    e.fromState && e.fromState !== e.toState
                      ? `${DISPUTE_STATE_LABELS[e.fromState as DisputeState]} → ${DISPUTE_STATE_LABELS[e.toState as DisputeState]}`
                      : undefined,
                  note: e.note,
                  photos: [],
                  color: ['reject', 'fail', 'reportBreach'].includes(e.action)
                    ? 'red'
                    : ['agree', 'confirmPerformed', 'archive'].includes(e.action)
                      ? 'green'
                      : 'blue',
                }))}
              />
            ),
          },
          side: (
            <>
              <Card variant="borderless" title="基本信息" size="small">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="调解委员会">{d.committeeName}</Descriptions.Item>
                  <Descriptions.Item label="来源">{DISPUTE_SOURCE_LABELS[d.source]}</Descriptions.Item>
                  <Descriptions.Item label="类型">{DISPUTE_KIND_LABELS[d.kind]}</Descriptions.Item>
                  <Descriptions.Item label="登记">{formatDateTime(d.receivedAt)}</Descriptions.Item>
                  <Descriptions.Item label="受理">{d.acceptedAt ? formatDateTime(d.acceptedAt) : '—'}</Descriptions.Item>
                  <Descriptions.Item label="调结期限">{d.dueAt ? formatDateTime(d.dueAt) : '受理后一个月'}</Descriptions.Item>
                  {d.extension ? (
                    <Descriptions.Item label="延期">
                      {d.extension.days}日，{d.extension.consentNames.join('、')}同意：{d.extension.reason}
                    </Descriptions.Item>
                  ) : null}
                  <Descriptions.Item label="调结">{d.concludedAt ? formatDateTime(d.concludedAt) : '—'}</Descriptions.Item>
                </Descriptions>
              </Card>
              <Card variant="borderless" title="调解员" size="small">
                {d.mediators.length ? (
                  <List
                    size="small"
                    dataSource={d.mediators}
                    renderItem={(m) => <List.Item extra={MEDIATOR_BACKGROUND_LABELS[m.background]}>{m.name}</List.Item>}
                  />
                ) : (
                  <Typography.Text type="secondary">受理时指定调解员。</Typography.Text>
                )}
              </Card>
              <Card variant="borderless" title="卷宗清单" size="small">
                <Dossier d={d} />
              </Card>
            </>
          ),
        })}
      </DetailPage>
      {query.data && acting ? <DisputeActionModal dispute={query.data} allowed={acting} onClose={() => setActing(null)} /> : null}
      {query.data && party ? <PartyFormModal disputeId={query.data.id} party={party === 'new' ? null : party} onClose={() => setParty(null)} /> : null}
    </>
  );
}
