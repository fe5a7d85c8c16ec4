import { GENDER_LABELS, RELATION_LABELS, type ResidentListItem } from '@linli/shared';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { SpecialTagList } from './SpecialTagList';

type Col = TableColumnsType<ResidentListItem>[number];

/**
 * Columns of a resident table: masked phone and ID number, and the tags column only when the
 * server sent tags (null means the user's role may not see special-population tags).
 */
export function residentColumns(rows: readonly ResidentListItem[], opts: { address?: boolean } = {}): TableColumnsType<ResidentListItem> {
  const showTags = rows.some((r) => r.tags !== null);
  // With address and tags the widths add up to what 1366 px leaves the table (e2e/console-fit.spec.ts).
  const cols: Col[] = [
    { title: '姓名', dataIndex: 'name', width: 100, fixed: 'left', render: (name: string, r) => <Link to={`/residents/${r.id}`}>{name}</Link> },
    { title: '与户主关系', dataIndex: 'relation', width: 88, render: (v: ResidentListItem['relation']) => RELATION_LABELS[v] },
    { title: '性别', dataIndex: 'gender', width: 56, render: (v: ResidentListItem['gender']) => GENDER_LABELS[v] },
    { title: '年龄', dataIndex: 'age', width: 56 },
    { title: '手机号', dataIndex: 'phoneMasked', width: 130, render: (v: string | null) => v ?? '未登记' },
    { title: '身份证号', dataIndex: 'idNumberMasked', width: 180 },
  ];
  if (opts.address) cols.push({ title: '住址', dataIndex: 'address', ellipsis: true, width: 230 });
  if (showTags) {
    cols.push({ title: '特殊人群', dataIndex: 'tags', width: 180, render: (tags: ResidentListItem['tags']) => (tags ? <SpecialTagList tags={tags} /> : null) });
  }
  return cols;
}
