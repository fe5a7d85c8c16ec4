import { createWishRequest, type CreateWishRequest } from '@linli/shared';
import { App, Alert, Button, Card, Checkbox, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../../ui/PageHeader';
import { zodRule } from '../../ui/zod-rule';
import { PhotoPicker } from '../../ui/photos/PhotoPicker';
import { CommunityField, communityIdOf } from './CommunityField';
import { useCreateWish } from './wish-queries';
import { applyClaimsFormError } from './form-errors';

interface Values {
  title: string;
  content: string;
  community?: unknown;
  beneficiaryName: string;
  consent?: boolean;
  photos?: string[];
}

/** 登记心愿: staff publish a wish for a resident in difficulty, only with the resident's consent. */
export function WishCreatePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateWish();
  const [uploading, setUploading] = useState(false);

  const submit = (v: Values) => {
    const body: CreateWishRequest = {
      title: v.title,
      content: v.content,
      communityId: communityIdOf(v.community),
      beneficiaryName: v.beneficiaryName.trim(),
      consent: true,
      photos: v.photos ?? [],
    };
    create.mutate(body, {
      onSuccess: (wish) => {
        message.success('心愿已发布，党员可以认领了');
        navigate(`/claims/wishes/${wish.id}`);
      },
      onError: (error) => {
        if (!applyClaimsFormError(form, error)) message.error(errorMessage(error));
      },
    });
  };

  return (
    <>
      <PageHeader title="登记心愿" description="替行动不便或不会用手机的困难群众登记心愿，登记后直接发布，在职党员可以认领。" />
      <Card variant="borderless" style={{ maxWidth: 720 }}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="发布前请征得本人同意"
          description="心愿对本社区党员公开，心愿人姓名会打码显示。请不要写入身份证号、病情、低保等敏感信息。"
        />
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
          <CommunityField />
          <Form.Item name="beneficiaryName" label="心愿人姓名" rules={[{ required: true, whitespace: true, message: '请填写心愿人姓名' }]}>
            <Input maxLength={30} placeholder="如：张桂兰" />
          </Form.Item>
          <Form.Item name="title" label="心愿标题" rules={[{ required: true, message: '请填写心愿标题' }, zodRule(createWishRequest.shape.title)]}>
            <Input maxLength={60} showCount placeholder="如：想要一台收音机" />
          </Form.Item>
          <Form.Item name="content" label="心愿描述" rules={[{ required: true, message: '请描述心愿' }, zodRule(createWishRequest.shape.content)]}>
            <Input.TextArea rows={4} maxLength={1000} showCount placeholder="想要什么、为什么需要、怎么送到（不写敏感信息）" />
          </Form.Item>
          <Form.Item name="photos" label="照片" extra="选填，最多9张">
            <PhotoPicker onUploadingChange={setUploading} />
          </Form.Item>
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[
              {
                validator: async (_r, v) => {
                  if (v !== true) throw new Error('须经本人同意后才能发布心愿');
                },
              },
            ]}
          >
            <Checkbox>已征得心愿人本人同意发布</Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending} disabled={uploading}>
              发布心愿
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
