import { App, Button, Card, Empty, Form, Input, Select, Spin, Tag, Typography } from 'antd';
import { SUGGESTED_SKILLS, isPostHeld } from '@linli/shared';
import { errorMessage } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { H5Page } from '../../../h5/H5Page';
import { useMySkills, usePostAction, useSetSkills, useVolunteerPosts } from '../volunteer-queries';

function MySkillsCard() {
  const mine = useMySkills();
  const save = useSetSkills();
  const { message } = App.useApp();
  if (mine.isLoading) return null;
  return (
    <Card size="small" title="我的技能" style={{ marginBottom: 12 }}>
      <Form
        layout="vertical"
        initialValues={{ profession: mine.data?.profession ?? '', skills: mine.data?.skills ?? [] }}
        onFinish={(v: { profession: string; skills: string[] }) =>
          save
            .mutateAsync(v)
            .then(() => message.success('已登记到技能库'))
            .catch((e) => message.error(errorMessage(e)))
        }
      >
        <Form.Item name="profession" label="职业">
          <Input maxLength={30} placeholder="如：法官、电工、教师" />
        </Form.Item>
        <Form.Item name="skills" label="能提供的服务" rules={[{ required: true, message: '请至少选择一项技能' }]}>
          <Select mode="tags" options={SUGGESTED_SKILLS.map((s) => ({ value: s }))} placeholder="可选择，也可自己填写" />
        </Form.Item>
        <Button htmlType="submit" block loading={save.isPending}>
          保存到技能库
        </Button>
      </Form>
    </Card>
  );
}

/** 志愿岗 for party members: posts of their community by skill, claim one, release it. */
export function H5VolunteerPostsPage() {
  const posts = useVolunteerPosts();
  const act = usePostAction();
  const { message } = App.useApp();
  const run = (id: string, action: 'claim' | 'release') =>
    act
      .mutateAsync({ id, action })
      .then(() => message.success(action === 'claim' ? '认领成功，请按岗位说明按时到岗' : '已释放岗位'))
      .catch((e) => message.error(errorMessage(e)));
  return (
    <H5Page title="志愿岗">
      <MySkillsCard />
      {posts.error ? <ErrorAlert error={posts.error} onRetry={() => posts.refetch()} /> : null}
      {posts.isLoading ? <Spin /> : null}
      {posts.data && posts.data.length === 0 ? <Empty description="社区还没有发布志愿岗，发布后会通知您。" /> : null}
      {posts.data?.map((p) => (
        <Card
          key={p.id}
          size="small"
          title={p.title}
          style={{ marginBottom: 12 }}
          extra={isPostHeld(p.state) ? <Tag color="green">{p.claimantName} 已认领</Tag> : <Tag>待认领</Tag>}
        >
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            需要：<Tag color="blue">{p.skill}</Tag>
          </Typography.Paragraph>
          {p.description ? <Typography.Paragraph type="secondary">{p.description}</Typography.Paragraph> : null}
          {p.allowedActions.includes('claim') ? (
            <Button type="primary" block loading={act.isPending} onClick={() => run(p.id, 'claim')}>
              认领此岗
            </Button>
          ) : null}
          {p.allowedActions.includes('release') ? (
            <Button block loading={act.isPending} onClick={() => run(p.id, 'release')}>
              释放岗位
            </Button>
          ) : null}
        </Card>
      ))}
    </H5Page>
  );
}
