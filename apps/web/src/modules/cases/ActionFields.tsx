import {
  CASE_TIER_LABELS,
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
  caseActionRequest,
  VERIFY_EVIDENCE_MESSAGES,
  type CaseActionField,
  type CaseDetail,
} from '@linli/shared';
import { Alert, DatePicker, Form, Input, Radio, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { zodRule } from '../../ui/zod-rule';
import { useMe, hasAnyRole } from '../auth';
import { AssigneeField } from './AssigneeField';
import { CasePicker } from './CasePicker';
import { actionFields, type ActionSpec } from './action-spec';
import { fieldLabel, formatTime, PHOTO_ACTIONS } from './case-format';
import { CategoryTreeSelect } from './CategoryTreeSelect';
import { DepartmentSelect } from './DepartmentSelect';
import { PhotoPicker } from '../../ui/photos/PhotoPicker';

const uuidRule = zodRule(z.uuid('编号格式不正确'));

/** The inputs of one action: one form item per field the server asked for, plus photos where they belong. */
export function ActionFields({ spec, detail, onUploadingChange }: { spec: ActionSpec; detail: CaseDetail; onUploadingChange: (busy: boolean) => void }) {
  const { data: me } = useMe();
  const mayCommunityTier = me ? hasAnyRole(me, ['communityStaff']) : false;
  const form = Form.useFormInstance();
  const lead = Form.useWatch('leadDepartmentId', form) as string | undefined;

  const item = (field: CaseActionField, required: boolean): ReactNode => {
    const label = fieldLabel(spec.action, field);
    const must = required ? [{ required: true, message: `请填写${label}` }] : [];
    const pick = required ? [{ required: true, message: `请选择${label}` }] : [];
    switch (field) {
      case 'note':
        return (
          <Form.Item key={field} name="note" label={label} rules={must}>
            <Input.TextArea rows={3} maxLength={2000} showCount placeholder={required ? undefined : '选填'} />
          </Form.Item>
        );
      case 'reason':
        return (
          <Form.Item key={field} name="reason" label={label} rules={[...must, zodRule(caseActionRequest.shape.reason)]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        );
      case 'categoryId':
        return (
          <Form.Item
            key={field}
            name="categoryId"
            label={label}
            rules={pick}
            initialValue={detail.categoryId ?? undefined}
            extra="类别决定处置时限，括号内为时限"
          >
            <CategoryTreeSelect />
          </Form.Item>
        );
      case 'tier':
        return (
          <Form.Item key={field} name="tier" label={label} rules={pick} initialValue="grid">
            <Radio.Group>
              <Radio value="grid">{CASE_TIER_LABELS.grid}（本网格处置）</Radio>
              <Tooltip title={mayCommunityTier ? undefined : '网格员只能在网格层级立案，需社区处置请上报'}>
                <Radio value="community" disabled={!mayCommunityTier}>
                  {CASE_TIER_LABELS.community}
                </Radio>
              </Tooltip>
            </Radio.Group>
          </Form.Item>
        );
      case 'assigneeUserId':
        return (
          <Form.Item key={field} name="assigneeUserId" label={label} rules={[...pick, uuidRule]}>
            <AssigneeField gridId={detail.gridId} />
          </Form.Item>
        );
      case 'leadDepartmentId':
        return (
          <Form.Item key={field} name="leadDepartmentId" label={label} rules={[...pick, uuidRule]} extra="被吹哨的部门须在报到时限内签收报到">
            <DepartmentSelect mode="single" gridId={detail.gridId} />
          </Form.Item>
        );
      case 'coDepartmentIds':
        return (
          <Form.Item key={field} name="coDepartmentIds" label={label} rules={pick}>
            <DepartmentSelect mode="multiple" gridId={detail.gridId} exclude={lead ? [lead] : []} />
          </Form.Item>
        );
      case 'newDeadline':
        return (
          <Form.Item
            key={field}
            name="newDeadline"
            label={label}
            rules={pick}
            extra={detail.handlingDeadline ? `当前办理时限：${formatTime(detail.handlingDeadline)}` : undefined}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs(detail.handlingDeadline ?? undefined).startOf('day'))}
            />
          </Form.Item>
        );
      case 'approve':
        return (
          <div key={field}>
            {detail.pendingExtension && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                message={`申请延期至 ${formatTime(detail.pendingExtension.newDeadline)}`}
                description={`理由：${detail.pendingExtension.reason}`}
              />
            )}
            <Form.Item name="approve" label={label} rules={pick}>
              <Radio.Group>
                <Radio value={true}>同意</Radio>
                <Radio value={false}>不同意</Radio>
              </Radio.Group>
            </Form.Item>
          </div>
        );
      case 'solved':
        return (
          <Form.Item key={field} name="solved" label={label} rules={pick}>
            <Radio.Group optionType="button" buttonStyle="solid">
              <Radio value={true}>是</Radio>
              <Radio value={false}>否</Radio>
            </Radio.Group>
          </Form.Item>
        );
      case 'satisfaction':
        return (
          <Form.Item key={field} name="satisfaction" label={label} rules={pick}>
            <Radio.Group optionType="button" buttonStyle="solid">
              {SATISFACTION_LEVELS.map((s) => (
                <Radio key={s} value={s}>
                  {SATISFACTION_LABELS[s]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        );
      case 'primaryCaseId':
        return (
          <Form.Item key={field} name="primaryCaseId" label={label} rules={pick} extra="本案的反映人和照片将并入主案件">
            <CasePicker excludeId={detail.id} />
          </Form.Item>
        );
    }
  };

  // The server lists `photos` among the required inputs where the category asks for a photo (核实 of a 部件).
  const photosRequired = spec.required.includes('photos');
  return (
    <>
      {actionFields(spec).map(({ field, required }) => item(field, required))}
      {PHOTO_ACTIONS.includes(spec.action) && (
        <Form.Item
          name="photos"
          label="现场照片"
          extra={photosRequired ? '必传，最多9张' : '选填，最多9张'}
          rules={photosRequired ? [{ required: true, type: 'array', min: 1, message: VERIFY_EVIDENCE_MESSAGES.photos }] : []}
        >
          <PhotoPicker onUploadingChange={onUploadingChange} />
        </Form.Item>
      )}
    </>
  );
}
