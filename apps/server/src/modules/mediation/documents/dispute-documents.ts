import {
  AGREEMENT_FORM_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_SOURCE_LABELS,
  DISPUTE_STATE_LABELS,
  DOSSIER_ITEMS,
  DOSSIER_ITEM_LABELS,
  FAILED_ROUTE_LABELS,
  PARTY_SIDE_LABELS,
  REJECT_REASON_LABELS,
  beijingDay,
  dossierStateOf,
  requiredDossierItems,
  type DisputeState,
  type Dossier,
} from '@linli/shared';
import type { MediatorRow, PartyRow } from '../mediation.repository';
import type { DisputeRow } from '../mediation.repository';
import { field, heading, mm, openA4, section } from './pdf-page';

/** What a document prints of a dispute: the row, its parties (contacts decrypted), mediators, committee and community. */
export interface DisputeDocumentData {
  dispute: DisputeRow;
  parties: (PartyRow & { phone: string | null; idNumber: string | null })[];
  mediators: MediatorRow[];
  committeeName: string;
  communityName: string;
  sessions: number;
}

const chineseDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The document number: 〔year〕 and the dispute's sequence under the committee. */
export function documentNo(d: DisputeRow, committeeName: string): string {
  const [year, seq] = d.disputeNo.split('-');
  return `${committeeName.replace(/人民调解委员会$/, '')}调字〔${year}〕第${Number(seq)}号`;
}

/**
 * The 人民调解协议书 (art. 29; rules §4.2 "Written agreement content and effect"): the parties'
 * details, the facts and issues, the terms and the manner and deadline of performance, the effect
 * clause, one copy per party and one for the committee, and lines to sign, seal and fingerprint.
 */
export async function agreementPdf(data: DisputeDocumentData): Promise<Buffer> {
  const d = data.dispute;
  const { doc, done } = openA4('人民调解协议书');
  heading(doc, '人民调解协议书', 22);
  doc.fontSize(11).text(documentNo(d, data.committeeName), { align: 'right' });
  doc.moveDown(0.8);
  for (const p of data.parties) {
    field(doc, PARTY_SIDE_LABELS[p.side as 'applicant'], `${p.name}    身份证号：${p.idNumber ?? '__________________'}`);
    doc.fontSize(11).text(`      联系电话：${p.phone ?? '___________'}    住址：${p.address || '__________________'}`, { lineGap: 4 });
  }
  doc.moveDown(0.6);
  field(doc, '纠纷类型', `${DISPUTE_KIND_LABELS[d.kind as 'neighbour']}    来源：${DISPUTE_SOURCE_LABELS[d.source as 'application']}`);
  doc.moveDown(0.6);
  section(doc, '纠纷主要事实、争议事项及各方责任：', d.summary);
  section(doc, '经人民调解委员会调解，双方当事人自愿达成如下协议：', d.terms ?? '');
  section(doc, '履行方式和期限：', `按上述约定履行，履行期限至${d.performanceDueOn ? chineseDate(d.performanceDueOn) : '____年__月__日'}。`);
  section(
    doc,
    '协议效力：',
    `本协议经各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章后生效，具有法律约束力，当事人应当按照约定履行。` +
      `双方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。本协议一式${data.parties.length + 1}份，当事人各执一份，人民调解委员会留存一份。`,
  );
  doc.moveDown(1);
  for (const p of data.parties)
    doc.fontSize(11).text(`${PARTY_SIDE_LABELS[p.side as 'applicant']}（签名、盖章或按指印）：${p.name}    ______________`, { lineGap: 10 });
  doc.fontSize(11).text(`人民调解员（签名）：${data.mediators.map((m) => m.name).join('、')}    ______________`, { lineGap: 10 });
  doc.moveDown(1.2);
  doc.text(`${data.committeeName}（印章）`, { align: 'right' });
  doc.text(d.concludedAt ? chineseDate(beijingDay(d.concludedAt)) : '____年__月__日', { align: 'right' });
  doc.end();
  return done;
}

/** The outcome in words, for the cover. */
function outcomeText(d: DisputeRow): string {
  if (d.outcome === 'agreed') return `调解成功（${AGREEMENT_FORM_LABELS[d.agreementForm as 'written']}）`;
  if (d.outcome === 'failed') return `调解不成（${FAILED_ROUTE_LABELS[d.failedRoute as 'litigation']}）`;
  if (d.outcome === 'withdrawn') return '当事人撤回';
  if (d.outcome === 'rejected') return `不予受理（${REJECT_REASON_LABELS[d.rejectReason as 'other']}）`;
  return DISPUTE_STATE_LABELS[d.state as DisputeState];
}

/** The dossier cover 卷宗封面 with its contents list 卷内目录: what the file holds and what it still lacks. */
export async function dossierCoverPdf(data: DisputeDocumentData): Promise<Buffer> {
  const d = data.dispute;
  const { doc, done } = openA4('人民调解卷宗');
  doc.moveDown(1);
  heading(doc, data.committeeName, 16);
  heading(doc, '人民调解卷宗', 28);
  doc.moveDown(0.8);
  const rows: [string, string][] = [
    ['卷宗编号', documentNo(d, data.committeeName)],
    ['纠纷类型', DISPUTE_KIND_LABELS[d.kind as 'neighbour']],
    ['纠纷来源', `${DISPUTE_SOURCE_LABELS[d.source as 'application']}${d.sourceRef ? `（${d.sourceRef}）` : ''}`],
    ['当事人', data.parties.map((p) => `${p.name}（${PARTY_SIDE_LABELS[p.side as 'applicant']}）`).join('、') || '—'],
    ['人民调解员', data.mediators.map((m) => m.name).join('、') || '—'],
    ['受理日期', d.acceptedAt ? chineseDate(beijingDay(d.acceptedAt)) : '—'],
    ['调解次数', String(data.sessions)],
    ['结案日期', d.concludedAt ? chineseDate(beijingDay(d.concludedAt)) : '—'],
    ['调解结果', outcomeText(d)],
    ['所在社区', data.communityName],
    ['保管期限', '长期'],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.fontSize(12).text(label, mm(35), y, { width: mm(30) });
    doc.text(value, mm(70), y, { width: mm(110) });
    doc
      .moveTo(mm(70), doc.y + 2)
      .lineTo(mm(180), doc.y + 2)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.8);
  }
  doc.x = mm(25);
  doc.moveDown(1);
  doc.fontSize(14).text('卷内目录', mm(25), doc.y, { align: 'center', width: mm(160) });
  doc.moveDown(0.5);
  const dossier = d.dossier as Dossier;
  const required = requiredDossierItems(dossierStateOf(d.state as DisputeState, d.outcome, d.performance));
  DOSSIER_ITEMS.forEach((item, i) => {
    const mark = dossier[item] ? '已归档' : required.includes(item) ? '缺' : '不适用';
    doc
      .fontSize(11)
      .text(`${i + 1}. ${DOSSIER_ITEM_LABELS[item]}`, mm(35), doc.y, { continued: true, width: mm(140) })
      .text(`  ${mark}`, { align: 'right' });
  });
  doc.end();
  return done;
}
