import { CASE_CHANNEL_LABELS, createCaseRequest, type CaseChannel, type CreateCaseRequest } from '@linli/shared';
import { Alert, App, Button, Card, Col, Flex, Form, Input, List, Row, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { PageHeader } from '../../ui/PageHeader';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { zodRule } from '../../ui/zod-rule';
import { useMe } from '../auth';
import { AreaTreeSelect, type AreaValue } from '../org';
import { CaseStateTag } from './CaseTags';
import { CategoryTreeSelect } from './CategoryTreeSelect';
import { formatTime } from './case-format';
import { newIdempotencyKey, useCaseSuggest, useCreateCase } from './case-queries';
import { PhotoPicker } from '../../ui/photos/PhotoPicker';
import { SuggestedCategories } from './SuggestedCategories';
import { IntakePinCard } from './IntakePinCard';
import { useLocate, useMyLocation } from './h5/use-my-location';

/** Staff roles whose post's area the intake map shows (a resident or department post has none). */
const AREA_ROLES: readonly string[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker'];

/** The area the intake map opens on: the most local area post (a grid before its community, a community before its street). */
function intakeAreaOf(posts: readonly { role: string; nodeId: string; nodePath: string }[] | undefined): string | undefined {
  const depth = (path: string) => path.split('/').filter(Boolean).length;
  const areas = (posts ?? []).filter((p) => AREA_ROLES.includes(p.role) && depth(p.nodePath) <= 4);
  return areas.sort((a, b) => depth(b.nodePath) - depth(a.nodePath))[0]?.nodeId;
}

/** The channels staff enter cases from (DOMAIN §2); the resident app and 随手拍 come in by themselves. */
const STAFF_CHANNELS: readonly CaseChannel[] = ['patrol', 'visit', 'hotline', 'officeHours', 'meeting', 'messageBoard', 'mobileWorker'];

interface Values {
  channel: CaseChannel;
  grid?: AreaValue | null;
  description: string;
  title?: string;
  categoryId?: string;
  address?: string;
  reporterName?: string;
  reporterPhone?: string;
  photos?: string[];
}

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** 登记案件: staff enter a case from a channel (patrol, hotline, office hours …) in a chosen grid, on someone's behalf. */
export function CaseCreatePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateCase();
  const [uploading, setUploading] = useState(false);
  // One key per submission attempt, reused when the same attempt is retried after a network failure.
  const attemptKey = useRef(newIdempotencyKey());

  const description = (Form.useWatch('description', form) as string | undefined) ?? '';
  const grid = Form.useWatch('grid', form) as AreaValue | null | undefined;
  const categoryId = Form.useWatch('categoryId', form) as string | undefined;
  const text = useDebouncedValue(description, 500);
  const suggest = useCaseSuggest(text, grid?.value ?? null);

  // 问题位置: a pin dropped on the area map (or the device's position) names the grid; the grid picker stays the fallback.
  const location = useMyLocation();
  const located = useLocate(location.pin);
  const pinGrid = location.pin && located.data?.inside ? located.data.grid : null;
  // Only when the pin lands in another grid: a grid picked by hand afterwards is left alone until the pin moves on.
  const pinGridId = pinGrid?.id;
  const pinGridName = pinGrid?.name;
  useEffect(() => {
    if (pinGridId) form.setFields([{ name: 'grid', value: { value: pinGridId, label: pinGridName }, errors: [] }]);
  }, [form, pinGridId, pinGridName]);
  const pinned = pinGrid && grid?.value === pinGrid.id ? location.pin : null;

  const ownGrid = me?.posts.find((p) => p.role === 'gridWorker');
  const initialValues: Partial<Values> = { channel: 'patrol', grid: ownGrid ? { value: ownGrid.nodeId, label: ownGrid.nodeName } : null };

  const onFinish = (v: Values) => {
    const body: CreateCaseRequest = {
      description: v.description.trim(),
      title: blank(v.title),
      categoryId: v.categoryId,
      channel: v.channel,
      gridId: v.grid?.value,
      // The pin goes with the case only while the chosen grid is the pin's: the server then names the nearest building.
      ...(pinned ? { lng: pinned[0], lat: pinned[1] } : {}),
      address: blank(v.address),
      reporterName: blank(v.reporterName),
      reporterPhone: blank(v.reporterPhone),
      photos: v.photos ?? [],
    };
    create.mutate(
      { body, key: attemptKey.current },
      {
        onSuccess: (c) => {
          attemptKey.current = newIdempotencyKey();
          message.success(`已登记，案件编号 ${c.caseNo}`);
          navigate(`/cases/${c.id}`);
        },
        onError: (error) => {
          // A refused request created nothing: the next attempt is a new one. A lost answer keeps its key.
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) attemptKey.current = newIdempotencyKey();
          const onField =
            error instanceof ApiError && error.field === 'gridId'
              ? (form.setFields([{ name: 'grid', errors: [error.message] }]), true)
              : applyFormError(form, error);
          if (!onField) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <>
      <PageHeader title="登记案件" description="把巡查发现、入户走访、12345热线、书记有约等渠道收到的问题登记为案件，登记后进入受理流程。" />
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} requiredMark>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Card variant="borderless" title="问题">
              <Row gutter={16}>
                <Col xs={24} md={10}>
                  <Form.Item name="channel" label="来源渠道" rules={[{ required: true, message: '请选择来源渠道' }]}>
                    <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: CASE_CHANNEL_LABELS[c] }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={14}>
                  <Form.Item name="grid" label="所属网格" rules={[{ required: true, message: '请选择问题所在的网格' }]}>
                    <AreaTreeSelect pick={['grid']} placeholder="逐级展开，选择到网格" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="description"
                label="问题描述"
                rules={[{ required: true, message: '请描述问题' }, zodRule(createCaseRequest.shape.description)]}
                extra={
                  <div style={{ marginTop: 6 }}>
                    <SuggestedCategories
                      categories={suggest.data?.categories ?? []}
                      value={categoryId}
                      onPick={(id) => form.setFieldValue('categoryId', id)}
                      label="推荐类别"
                    />
                  </div>
                }
              >
                <Input.TextArea rows={4} maxLength={2000} showCount placeholder="时间、地点、现象，例如：清泉路12号门前路灯连续三晚不亮" />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="categoryId" label="案件类别" extra="选填，立案时确定；括号内为处置时限">
                    <CategoryTreeSelect />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="title" label="标题" extra="选填，不填则取描述的前24个字">
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="address" label="具体位置" extra="选填；在右侧地图上放了定位点的，可不填">
                <Input maxLength={200} placeholder="选填，如 3号楼东侧、小区南门" />
              </Form.Item>
              <Form.Item name="photos" label="现场照片" extra="选填，最多9张">
                <PhotoPicker onUploadingChange={setUploading} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <IntakePinCard
                areaNodeId={intakeAreaOf(me?.posts)}
                ask={location.ask}
                pin={location.pin}
                answer={location.pin ? located.data : undefined}
                locating={located.isFetching && !located.data}
                differs={Boolean(pinGrid && grid && grid.value !== pinGrid.id)}
                onAsk={location.request}
                onMove={location.setPin}
                onClear={location.clear}
              />
              <Card variant="borderless" title="反映人">
                <Form.Item name="reporterName" label="姓名">
                  <Input maxLength={30} placeholder="选填，如 王女士" />
                </Form.Item>
                <Form.Item name="reporterPhone" label="联系电话" rules={[zodRule(createCaseRequest.shape.reporterPhone)]} extra="加密保存，列表中脱敏显示">
                  <Input maxLength={11} inputMode="numeric" placeholder="选填，11位手机号" />
                </Form.Item>
              </Card>
              {(suggest.data?.similarCases.length ?? 0) > 0 && (
                <Card variant="borderless" title="本网格相似的在办案件" size="small">
                  <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="可能是同一问题。确认重复的，登记后可在案件中「合并」。" />
                  <List
                    size="small"
                    dataSource={suggest.data?.similarCases ?? []}
                    renderItem={(s) => (
                      <List.Item extra={<CaseStateTag state={s.state} />}>
                        <List.Item.Meta
                          title={
                            <Link to={`/cases/${s.id}`} target="_blank">
                              {s.title}
                            </Link>
                          }
                          description={`${s.caseNo} · ${formatTime(s.submittedAt)}${s.supporters ? ` · ${s.supporters}人也遇到` : ''}`}
                        />
                      </List.Item>
                    )}
                  />
                </Card>
              )}
              <Card variant="borderless">
                <Flex gap={8} justify="flex-end">
                  <Button onClick={() => navigate(-1)}>取消</Button>
                  <Button type="primary" htmlType="submit" loading={create.isPending} disabled={uploading}>
                    {uploading ? '照片上传中…' : '登记'}
                  </Button>
                </Flex>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
                  登记后案件进入「待受理」，所在网格的网格员会收到通知。
                </Typography.Paragraph>
              </Card>
            </Flex>
          </Col>
        </Row>
      </Form>
    </>
  );
}
