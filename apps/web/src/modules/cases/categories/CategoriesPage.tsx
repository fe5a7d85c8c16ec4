import { LIMIT_CLOCK_LABELS, LIMIT_CLOCKS, type CaseCategoryView, type LimitClock } from '@linli/shared';
import {
  App,
  AutoComplete,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState, type Key } from 'react';
import { errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { CATEGORY_KIND_LABELS, URGENCY_LABELS } from './category-labels';
import { useCaseCategories, useUpdateCategory } from './category-queries';
import { buildCategoryTree, classificationVersions, filterCategoryTree, parentIds, type CategoryNode } from './category-tree';
import { useDepartmentSuffixes, type DepartmentSuffix } from './department-options';

interface EditValues {
  name: string;
  urgency: CaseCategoryView['urgency'];
  limitAmount: number;
  limitClock: LimitClock;
  defaultDepartment?: string;
  active: boolean;
  sensitive: boolean;
}

const CLOCK_HELP: Record<LimitClock, string> = {
  urgentHours: '全天连续计时，节假日也计',
  workingHours: '只计工作日的上班时间',
  workingDays: '按国家法定节假日、调休和本地工作日历计',
  calendarDays: '按日历天数计，节假日也计',
};

function departmentText(code: string | null, departments: readonly DepartmentSuffix[]): string {
  if (!code) return '—';
  const name = departments.find((d) => d.suffix === code)?.name;
  return name ? `${name}（${code}）` : code;
}

/** 案件类别 (admins): the category tree with its time limits, urgency, default department and status, edited in place. */
export function CategoriesPage() {
  const { message } = App.useApp();
  const list = useCaseCategories();
  const update = useUpdateCategory();
  const departments = useDepartmentSuffixes();
  const deptList = departments.data ?? [];
  const [form] = Form.useForm<EditValues>();
  const [editing, setEditing] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [expanded, setExpanded] = useState<Key[]>([]);

  const items = useMemo(() => list.data ?? [], [list.data]);
  const byId = useMemo(() => new Map(items.map((c) => [c.id, c])), [items]);
  const tree = useMemo(() => filterCategoryTree(buildCategoryTree(items), q), [items, q]);
  const versions = useMemo(() => classificationVersions(items), [items]);
  const expandedKeys = q.trim() ? parentIds(tree) : expanded;

  const startEdit = (c: CategoryNode) => {
    form.setFieldsValue({
      name: c.name,
      urgency: c.urgency,
      limitAmount: c.limitAmount,
      limitClock: c.limitClock,
      defaultDepartment: c.defaultDepartment ?? undefined,
      active: c.active,
      sensitive: c.sensitive,
    });
    setEditing(c.id);
  };

  const save = async (c: CategoryNode) => {
    let values: EditValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await update.mutateAsync({ id: c.id, ...values, name: values.name.trim(), defaultDepartment: values.defaultDepartment?.trim() || null });
      message.success(`已保存 ${values.name.trim()}`);
      setEditing(null);
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };

  const isEditing = (c: CategoryNode) => c.id === editing;
  const inheritedDepartment = (c: CategoryNode): string | null => {
    for (let p = c.parentId ? byId.get(c.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (p.defaultDepartment) return p.defaultDepartment;
    }
    return null;
  };

  const columns: TableColumnsType<CategoryNode> = [
    { title: '编码', dataIndex: 'code', width: 100 },
    {
      title: '名称',
      dataIndex: 'name',
      width: 150,
      render: (name: string, c) =>
        isEditing(c) ? (
          <Form.Item
            name="name"
            style={{ margin: 0 }}
            rules={[
              { required: true, whitespace: true, message: '请填写名称' },
              { max: 30, message: '最多30个字' },
            ]}
          >
            <Input aria-label="名称" />
          </Form.Item>
        ) : (
          <span style={{ opacity: c.active ? 1 : 0.5 }}>{name}</span>
        ),
    },
    { title: '类型', dataIndex: 'kind', width: 90, responsive: ['lg'], render: (k: CaseCategoryView['kind']) => CATEGORY_KIND_LABELS[k] },
    {
      title: '紧急程度',
      dataIndex: 'urgency',
      width: 80,
      render: (u: CaseCategoryView['urgency'], c) =>
        isEditing(c) ? (
          <Form.Item name="urgency" style={{ margin: 0 }}>
            <Select aria-label="紧急程度" options={(['normal', 'urgent'] as const).map((v) => ({ value: v, label: URGENCY_LABELS[v] }))} />
          </Form.Item>
        ) : u === 'urgent' ? (
          <Tag color="red">{URGENCY_LABELS.urgent}</Tag>
        ) : (
          URGENCY_LABELS.normal
        ),
    },
    {
      title: (
        <Tooltip title={LIMIT_CLOCKS.map((k) => `${LIMIT_CLOCK_LABELS[k]}：${CLOCK_HELP[k]}`).join('；')}>
          <span>处置时限</span>
        </Tooltip>
      ),
      key: 'limit',
      width: 200,
      render: (_, c) =>
        isEditing(c) ? (
          <Space.Compact>
            <Form.Item
              name="limitAmount"
              noStyle
              rules={[
                { required: true, message: '请填写时限' },
                {
                  validator: async (_r, v: number | null) => {
                    if (v !== null && v !== undefined && (v <= 0 || v > 365)) throw new Error('时限须大于 0 且不超过 365');
                  },
                },
              ]}
            >
              <InputNumber aria-label="时限数值" min={0} max={365} step={1} style={{ width: 80 }} />
            </Form.Item>
            <Form.Item name="limitClock" noStyle>
              <Select
                aria-label="计时方式"
                style={{ width: 110 }}
                options={LIMIT_CLOCKS.map((k) => ({
                  value: k,
                  label: (
                    <Tooltip title={CLOCK_HELP[k]} placement="right">
                      {LIMIT_CLOCK_LABELS[k]}
                    </Tooltip>
                  ),
                }))}
              />
            </Form.Item>
          </Space.Compact>
        ) : (
          <Tooltip title={CLOCK_HELP[c.limitClock]}>
            <span>
              {c.limitAmount} {LIMIT_CLOCK_LABELS[c.limitClock]}
            </span>
          </Tooltip>
        ),
    },
    {
      title: '默认处置部门',
      dataIndex: 'defaultDepartment',
      width: 160,
      render: (code: string | null, c) => {
        if (isEditing(c)) {
          return (
            <Form.Item
              name="defaultDepartment"
              style={{ margin: 0 }}
              rules={[
                { max: 20, message: '最多20个字符' },
                { pattern: /^[a-z0-9]*$/, message: '填写部门编码后缀，如 cg' },
              ]}
            >
              <AutoComplete
                aria-label="默认处置部门"
                allowClear
                placeholder={inheritedDepartment(c) ? `不填则沿用上级（${inheritedDepartment(c)}）` : '如 cg'}
                options={deptList.map((d) => ({ value: d.suffix, label: `${d.suffix} · ${d.name}` }))}
                filterOption={(input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase())
                }
              />
            </Form.Item>
          );
        }
        if (code) return departmentText(code, deptList);
        const inherited = inheritedDepartment(c);
        return inherited ? <Typography.Text type="secondary">沿用上级：{departmentText(inherited, deptList)}</Typography.Text> : '—';
      },
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 80,
      render: (active: boolean, c) =>
        isEditing(c) ? (
          <Form.Item name="active" valuePropName="checked" style={{ margin: 0 }}>
            <Switch aria-label="启用" checkedChildren="启用" unCheckedChildren="停用" />
          </Form.Item>
        ) : active ? (
          <Tag color="green">启用</Tag>
        ) : (
          <Tag>停用</Tag>
        ),
    },
    {
      title: <Tooltip title="敏感类别的案件不对邻居和开放接口公开，只有工作人员和反映人能看到">敏感</Tooltip>,
      dataIndex: 'sensitive',
      width: 70,
      render: (sensitive: boolean, c) =>
        isEditing(c) ? (
          <Form.Item name="sensitive" valuePropName="checked" style={{ margin: 0 }}>
            <Switch aria-label="敏感类别（不对邻居和开放接口公开）" checkedChildren="敏感" unCheckedChildren="公开" />
          </Form.Item>
        ) : sensitive ? (
          <Tag color="orange">敏感</Tag>
        ) : null,
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, c) =>
        isEditing(c) ? (
          <Space size={0}>
            <Button type="link" size="small" loading={update.isPending} onClick={() => void save(c)}>
              保存
            </Button>
            <Button type="link" size="small" onClick={() => setEditing(null)}>
              取消
            </Button>
          </Space>
        ) : (
          <Button type="link" size="small" aria-label={`编辑 ${c.name}`} onClick={() => startEdit(c)}>
            编辑
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="案件类别"
        description={
          <>
            案件分类、处置时限和默认处置部门。修改只影响之后立案的案件，已在办案件的时限不变。
            {versions.length > 0 && (
              <>
                {' '}
                分类标准：
                {versions.map((v) => (
                  <Tag key={v} color="blue" bordered={false}>
                    {v}
                  </Tag>
                ))}
              </>
            )}
          </>
        }
      />
      <Card variant="borderless">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            placeholder="按名称或编码查找，如 井盖、C01"
            allowClear
            onSearch={(v) => setQ(v)}
            onChange={(e) => !e.target.value && setQ('')}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <Button onClick={() => setExpanded(parentIds(buildCategoryTree(items)))}>全部展开</Button>
          <Button onClick={() => setExpanded([])}>全部收起</Button>
          <Typography.Text type="secondary">
            共 {items.length} 类，停用 {items.filter((c) => !c.active).length} 类
          </Typography.Text>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        <Form form={form} component={false}>
          <Table<CategoryNode>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={tree}
            columns={columns}
            pagination={false}
            // The sum of the column widths: it fits what 1366 px leaves the table (e2e/console-fit.spec.ts).
            scroll={{ x: 1040 }}
            expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: (keys) => setExpanded([...keys]), indentSize: 20 }}
            locale={{ emptyText: q ? `没有名称或编码包含“${q}”的类别` : '还没有案件类别' }}
          />
        </Form>
      </Card>
    </>
  );
}
