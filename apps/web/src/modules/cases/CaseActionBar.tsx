import { CASE_ACTION_LABELS, type CaseDetail } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Modal, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { actionBody, needsForm, type ActionSpec } from './action-spec';
import { DANGER_ACTIONS, orderActions } from './case-format';
import { caseKeys, useCaseAction } from './case-queries';

// The inputs (category tree, date picker, uploads …) load with the first form opened, not with the page.
const ActionFields = lazy(() => import('./ActionFields').then((m) => ({ default: m.ActionFields })));

/** True when the error is the optimistic-version conflict or another "the case moved on" answer. */
function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/**
 * The actions the caller may take on the case now, exactly those the server allowed (DESIGN rule
 * 2), the forward step highlighted. Each opens a form with the fields that action needs and is sent
 * with the case version it was decided on; a 409 means someone acted first and the case reloads.
 */
export function CaseActionBar({ detail }: { detail: CaseDetail }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const act = useCaseAction(detail.id);
  const [form] = Form.useForm();
  const [open, setOpen] = useState<ActionSpec | null>(null);
  const [uploading, setUploading] = useState(false);
  const { ordered, primary } = orderActions(detail.allowedActions);

  const onConflict = (error: ApiError) => {
    const byOthers = error.message.includes('他人');
    message.warning(byOthers ? '案件已被他人处理，已刷新为最新状态，请确认后再操作' : `${error.message}（已刷新为最新状态）`);
    setOpen(null);
    void client.invalidateQueries({ queryKey: caseKeys.detail(detail.id) });
  };

  const send = (spec: ActionSpec, values: Record<string, unknown>) =>
    act.mutate(actionBody(spec, detail.version, values), {
      onSuccess: () => {
        message.success(`已${CASE_ACTION_LABELS[spec.action]}`);
        setOpen(null);
      },
      onError: (error) => {
        if (isConflict(error)) onConflict(error);
        else if (!(open && applyFormError(form, error))) message.error(errorMessage(error));
      },
    });

  const start = (spec: ActionSpec) => {
    if (!needsForm(spec)) {
      send(spec, {});
      return;
    }
    setUploading(false);
    setOpen(spec);
  };

  if (ordered.length === 0) {
    return <Typography.Text type="secondary">当前没有需要您办理的操作。案件流转到您这里时，操作按钮会出现在这里。</Typography.Text>;
  }

  return (
    <>
      <Flex gap={8} wrap role="toolbar" aria-label="案件操作">
        {ordered.map((spec) => (
          <Button
            key={spec.action}
            type={spec.action === primary ? 'primary' : 'default'}
            danger={DANGER_ACTIONS.includes(spec.action)}
            loading={act.isPending && act.variables?.action === spec.action && !open}
            onClick={() => start(spec)}
          >
            {CASE_ACTION_LABELS[spec.action]}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? `${CASE_ACTION_LABELS[open.action]} · ${detail.caseNo}` : ''}
        okText={open ? `确认${CASE_ACTION_LABELS[open.action]}` : '确定'}
        okButtonProps={{ loading: act.isPending, disabled: uploading, danger: open ? DANGER_ACTIONS.includes(open.action) : false }}
        onCancel={() => setOpen(null)}
        onOk={() => {
          if (!open) return;
          form.validateFields().then(
            (values: Record<string, unknown>) => send(open, values),
            () => undefined,
          );
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} requiredMark>
          {open && (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
              <ActionFields spec={open} detail={detail} onUploadingChange={setUploading} />
            </Suspense>
          )}
        </Form>
      </Modal>
    </>
  );
}
