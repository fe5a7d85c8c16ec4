import { createWishRequest } from '@linli/shared';
import { App, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { zodRule } from '../../../ui/zod-rule';
import { PhotoPicker } from '../../../ui/photos/PhotoPicker';
import { H5Page } from '../../../h5/H5Page';
import { useRaiseWish } from './claims-queries';

interface Values {
  title: string;
  content: string;
  photos?: string[];
  consent?: boolean;
}

/** 许个心愿: a resident describes a small wish, agrees to its publication, and sends it to the community for review. */
export function RaiseWishPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [uploading, setUploading] = useState(false);
  const raise = useRaiseWish();

  const onFinish = (v: Values) =>
    raise.mutate(
      { title: v.title.trim(), content: v.content.trim(), photos: v.photos ?? [], consent: true },
      {
        onSuccess: (wish) => {
          message.success('心愿已提交，社区审核后会发布');
          navigate(`/h5/wishes/${wish.id}`, { replace: true, state: { from: '/h5/my-wishes' } });
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );

  return (
    <H5Page title="许个心愿" back="/h5/my-wishes">
      <Form<Values> form={form} layout="vertical" requiredMark={false} size="large" onFinish={onFinish}>
        <Card variant="borderless" size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="title" label="心愿是什么？" rules={[{ required: true, message: '请填写心愿标题' }, zodRule(createWishRequest.shape.title)]}>
            <Input maxLength={60} placeholder="例如：想请人帮忙换个水龙头" />
          </Form.Item>
          <Form.Item name="content" label="说说具体情况" rules={[{ required: true, message: '请描述您的心愿' }, zodRule(createWishRequest.shape.content)]}>
            <Input.TextArea rows={4} maxLength={1000} showCount placeholder="家里有什么困难、需要什么样的帮助" />
          </Form.Item>
          <Form.Item name="photos" label="照片（选填）" style={{ marginBottom: 0 }}>
            <PhotoPicker onUploadingChange={setUploading} />
          </Form.Item>
        </Card>
        <Card variant="borderless" size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="consent"
            valuePropName="checked"
            style={{ marginBottom: 0 }}
            rules={[{ validator: async (_r, v: unknown) => (v === true ? undefined : Promise.reject(new Error('须经您本人同意才能发布心愿'))) }]}
          >
            <Checkbox>我同意社区审核后在本社区公开发布这个心愿（只显示姓氏，不公开住址和电话）</Checkbox>
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" block size="large" loading={raise.isPending} disabled={uploading}>
          {uploading ? '照片上传中…' : '提交审核'}
        </Button>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center', marginTop: 12 }}>
          社区审核通过后，心愿会发布给在本社区报到的党员认领。
        </Typography.Paragraph>
      </Form>
    </H5Page>
  );
}
