import { CheckCircleFilled, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { CASE_STATE_LABELS, createCaseRequest, type CaseDetail, type CreateCaseRequest, type BuildingPlace } from '@linli/shared';
import { App, Button, Card, Flex, Form, Input, Result, Select, Switch, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { zodRule } from '../../../ui/zod-rule';
import { useMe, isResidentOnly, useMyResidenceClaim } from '../../auth';
import { CaseStateTag } from '../CaseTags';
import { newIdempotencyKey, useCaseSuggest, useCreateCase, useSupportCase } from '../case-queries';
import { PhotoPicker } from '../../../ui/photos/PhotoPicker';
import { useOrgChildren, useReportPlace } from '../../org';
import { SuggestedCategories } from '../SuggestedCategories';
import { MyLocationField } from './MyLocationField';
import { useLocate, useMyLocation } from './use-my-location';
import { H5Page } from '../../../h5/H5Page';
import { formatMonthDay } from '../../../ui/time-format';

interface Values {
  description: string;
  /** Chosen by a pending resident, who has no home grid yet (ADR 0008). */
  gridId?: string;
  categoryId?: string;
  address?: string;
  photos?: string[];
  anonymous?: boolean;
}

type Outcome = { kind: 'created'; detail: CaseDetail } | { kind: 'supported'; detail: CaseDetail; already: boolean };

function OutcomeView({ outcome, onAnother }: { outcome: Outcome; onAnother: () => void }) {
  const c = outcome.detail;
  const created = outcome.kind === 'created';
  return (
    <Card variant="borderless">
      <Result
        status="success"
        title={created ? '反映成功' : outcome.already ? '您之前已经反映过这件事' : '已记录，您也遇到了这个问题'}
        subTitle={
          created ? (
            <>
              编号{' '}
              <Typography.Text strong copyable>
                {c.caseNo}
              </Typography.Text>
              <br />
              网格员会尽快受理，办理有进展会通知您。
            </>
          ) : (
            <>
              「{c.title}」已有 {c.supporters} 位邻居反映（当前：{CASE_STATE_LABELS[c.state]}），不用重复提交，办理进度可随时查看。
            </>
          )
        }
        extra={
          <Flex vertical gap={8}>
            <Link to={`/h5/cases/${c.id}`}>
              <Button type="primary" block size="large">
                查看办理进度
              </Button>
            </Link>
            <Button block size="large" onClick={onAnother}>
              再反映一件
            </Button>
            <Link to="/h5">
              <Button type="link" block>
                返回首页
              </Button>
            </Link>
          </Flex>
        }
      />
    </Card>
  );
}

/** The building the page was opened for (a notice board's QR code), with a way to report somewhere else. */
function ChosenPlace({ place, loading, failed, onClear }: { place: BuildingPlace | null; loading: boolean; failed: boolean; onClear: () => void }) {
  return (
    <Flex align="center" gap={8} style={{ marginBottom: 12, padding: '8px 12px', background: '#fff7e6', borderRadius: 8 }} aria-label="反映位置">
      <EnvironmentOutlined style={{ color: '#c8161d', fontSize: 18 }} />
      <div style={{ flex: 1, minWidth: 0 }}>
        {place ? (
          <>
            <Typography.Text strong>{place.building.name}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {place.community.name} · {place.grid.name}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{loading ? '正在读取楼栋…' : failed ? '没有找到二维码上的楼栋，将按您的住址反映' : ''}</Typography.Text>
        )}
      </div>
      <Button size="small" type="link" onClick={onClear}>
        不是这里
      </Button>
    </Flex>
  );
}

/**
 * 我要反映: a resident describes a problem (the category is suggested as they type), adds up to
 * nine photos and submits once (Idempotency-Key). Open cases in the same grid that read alike are
 * offered first: "我也遇到" joins one instead of raising a duplicate.
 */
export function ReportCasePage() {
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [formKey, setFormKey] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [uploading, setUploading] = useState(false);
  // A notice board's QR code opens this page with its building (`?building=`): the case goes to that building's grid.
  const [params, setParams] = useSearchParams();
  const buildingId = params.get('building');
  const place = useReportPlace(buildingId);
  const chosen = place.data ?? null;
  // 使用我的位置: a pin inside a grid places the case there (the server finds the grid and the nearest building).
  const location = useMyLocation();
  const located = useLocate(chosen ? null : location.pin);
  const pinned = !chosen && location.pin && located.data?.inside ? { at: location.pin, gridId: located.data.grid!.id } : null;
  const create = useCreateCase();
  const support = useSupportCase();
  // One key per submission attempt, reused if the same attempt is retried after a lost answer.
  const attemptKey = useRef(newIdempotencyKey());

  const description = (Form.useWatch('description', form) as string | undefined) ?? '';
  const categoryId = Form.useWatch('categoryId', form) as string | undefined;
  const text = useDebouncedValue(description, 600);
  // A pending resident has no home: they pick the grid, from the communities the claim answer lists.
  const pending = me?.pending === true;
  const claimAnswer = useMyResidenceClaim(pending);
  // A party member who holds no resident post has no home grid either: they pick a grid of their community.
  const memberPost = !pending && me && isResidentOnly(me) && !me.homeGridId ? me.posts.find((p) => p.role === 'partyMember') : undefined;
  const memberGrids = useOrgChildren(memberPost?.nodeId ?? null, Boolean(memberPost));
  const picksGrid = !chosen && !pinned && (pending || Boolean(memberPost));
  const gridOptions = memberPost
    ? [{ label: memberPost.nodeName, options: (memberGrids.data ?? []).filter((n) => n.kind === 'grid').map((g) => ({ value: g.id, label: g.name })) }]
    : (claimAnswer.data?.communities ?? []).map((c) => ({ label: `${c.streetName} ${c.name}`, options: c.grids.map((g) => ({ value: g.id, label: g.name })) }));
  const pickedGrid = Form.useWatch('gridId', form) as string | undefined;
  // Only resident-only users need their home grid here (staff choose a grid).
  const homeGrid = chosen ? chosen.grid.id : pinned ? pinned.gridId : picksGrid ? (pickedGrid ?? null) : me && isResidentOnly(me) ? me.homeGridId : null;
  const suggest = useCaseSuggest(text, homeGrid);
  const similar = suggest.data?.similarCases ?? [];

  const again = () => {
    setOutcome(null);
    setUploading(false);
    setFormKey((k) => k + 1);
    window.scrollTo?.(0, 0);
  };

  const onFinish = (v: Values) => {
    const body: CreateCaseRequest = {
      description: v.description.trim(),
      categoryId: v.categoryId,
      gridId: chosen?.grid.id ?? v.gridId,
      locationNodeId: chosen?.building.id,
      lng: pinned?.at[0],
      lat: pinned?.at[1],
      address: v.address?.trim() || undefined,
      photos: v.photos ?? [],
      anonymous: v.anonymous ?? false,
    };
    create.mutate(
      { body, key: attemptKey.current },
      {
        onSuccess: (detail) => {
          attemptKey.current = newIdempotencyKey();
          setOutcome({ kind: 'created', detail });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) attemptKey.current = newIdempotencyKey();
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  };

  const meToo = (id: string) =>
    support.mutate(id, {
      onSuccess: ({ detail, already }) => setOutcome({ kind: 'supported', detail, already }),
      onError: (error) => message.error(errorMessage(error)),
    });

  if (outcome) {
    return (
      <H5Page title="我要反映">
        <OutcomeView outcome={outcome} onAnother={again} />
      </H5Page>
    );
  }

  return (
    <H5Page title="我要反映">
      <Form<Values> key={formKey} form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
        <Card variant="borderless" size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="description"
            label="遇到了什么问题？"
            rules={[{ required: true, message: '请描述遇到的问题' }, zodRule(createCaseRequest.shape.description)]}
            style={{ marginBottom: 28 }}
          >
            <Input.TextArea rows={5} maxLength={2000} showCount placeholder="说清楚在哪里、什么情况，例如：3号楼东侧路灯坏了，晚上一片黑" />
          </Form.Item>
          <Form.Item name="categoryId" hidden>
            <Input />
          </Form.Item>
          <SuggestedCategories categories={suggest.data?.categories ?? []} value={categoryId} onPick={(id) => form.setFieldValue('categoryId', id)} />
        </Card>

        {similar.length > 0 && (
          <Card
            variant="borderless"
            size="small"
            style={{ marginBottom: 12, borderLeft: '3px solid #faad14' }}
            title={
              <Flex align="center" gap={6}>
                <TeamOutlined style={{ color: '#faad14' }} />
                附近已有人反映
              </Flex>
            }
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
              如果是同一件事，点「我也遇到」就行，不用重复提交，我们会一起办理。
            </Typography.Paragraph>
            <Flex vertical gap={8} role="list" aria-label="附近已有人反映">
              {similar.map((s) => (
                <Flex key={s.id} role="listitem" align="center" justify="space-between" gap={8} style={{ padding: '8px 0', borderTop: '1px solid #f5f5f5' }}>
                  <div style={{ minWidth: 0 }}>
                    <Link to={`/h5/cases/${s.id}`}>
                      <Typography.Text strong ellipsis style={{ display: 'block', maxWidth: 220 }}>
                        {s.title}
                      </Typography.Text>
                    </Link>
                    <Flex gap={6} align="center" style={{ marginTop: 2 }}>
                      <CaseStateTag state={s.state} />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatMonthDay(s.submittedAt)}反映{s.supporters > 0 ? ` · ${s.supporters}人也遇到` : ''}
                      </Typography.Text>
                    </Flex>
                  </div>
                  <Button size="middle" onClick={() => meToo(s.id)} loading={support.isPending && support.variables === s.id} icon={<CheckCircleFilled />}>
                    我也遇到
                  </Button>
                </Flex>
              ))}
            </Flex>
          </Card>
        )}

        <Card variant="borderless" size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="photos" label="拍照（最多9张）" extra="照片能帮助网格员更快找到问题" style={{ marginBottom: 12 }}>
            <PhotoPicker onUploadingChange={setUploading} />
          </Form.Item>
          {buildingId && (
            <ChosenPlace
              place={chosen}
              loading={place.isLoading}
              failed={place.isError}
              onClear={() => {
                params.delete('building');
                setParams(params, { replace: true });
              }}
            />
          )}
          {!buildingId && (
            <MyLocationField
              ask={location.ask}
              pin={location.pin}
              answer={located.data}
              locating={located.isFetching}
              onAsk={location.request}
              onMove={location.setPin}
              onClear={location.clear}
            />
          )}
          {picksGrid && (
            <Form.Item name="gridId" label="问题所在网格" rules={[{ required: true, message: '请选择问题所在的网格' }]} style={{ marginBottom: 12 }}>
              <Select
                showSearch
                optionFilterProp="label"
                options={gridOptions}
                loading={memberPost ? memberGrids.isLoading : claimAnswer.isLoading}
                placeholder="选择社区下的网格"
              />
            </Form.Item>
          )}
          <Form.Item name="address" label="具体位置" style={{ marginBottom: 12 }}>
            <Input maxLength={200} placeholder="选填，如 3号楼东侧、小区南门" />
          </Form.Item>
          <Flex align="center" justify="space-between" gap={12}>
            <div>
              <Typography.Text>匿名反映</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                办理记录中不显示您的姓名
              </Typography.Text>
            </div>
            <Form.Item name="anonymous" valuePropName="checked" noStyle>
              <Switch aria-label="匿名反映" />
            </Form.Item>
          </Flex>
        </Card>

        <Button type="primary" htmlType="submit" block size="large" loading={create.isPending} disabled={uploading}>
          {uploading ? '照片上传中…' : '提交'}
        </Button>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center', marginTop: 12 }}>
          提交后由您所在网格的网格员受理，可在「我的反映」查看进度。
        </Typography.Paragraph>
      </Form>
    </H5Page>
  );
}
