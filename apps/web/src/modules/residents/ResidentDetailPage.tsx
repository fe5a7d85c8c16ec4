import { SafetyCertificateOutlined } from '@ant-design/icons';
import { GENDER_LABELS, RELATION_LABELS } from '@linli/shared';
import { Alert, Button, Card, Descriptions, List, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { DetailPage } from '../../ui/DetailPage';
import { RevealField } from './RevealField';
import { useResident } from './resident-queries';
import { SpecialTagList } from './SpecialTagList';

const MISSING = { title: '没有找到这位居民', hint: '可能已迁出，或不在您的管辖范围内。', backTo: '/residents', backLabel: '回到居民信息' };
const WIDE = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 } as const;

/** One resident: masked contact details with audited reveal, address, and the household members (提户知人). */
export function ResidentDetailPage() {
  const { id } = useParams();
  const query = useResident(id);

  return (
    <DetailPage query={query} missing={MISSING}>
      {(r) => ({
        title: (
          <Space>
            {r.name}
            <Tag>{RELATION_LABELS[r.relation]}</Tag>
          </Space>
        ),
        extra: (
          <Link to={`/org/${r.nodeId}`}>
            <Button>查看所在房屋</Button>
          </Link>
        ),
        banner: (
          <Alert
            type="info"
            showIcon
            icon={<SafetyCertificateOutlined />}
            message="居民个人信息受《个人信息保护法》保护"
            description="手机号、身份证号默认脱敏显示。查看完整信息需填写原因，每一次查看都会记录查看人、时间和原因，供审计核查。"
          />
        ),
        main: (
          <Card variant="borderless" title="基本信息">
            <Descriptions column={WIDE} size="middle">
              <Descriptions.Item label="姓名">{r.name}</Descriptions.Item>
              <Descriptions.Item label="性别">{GENDER_LABELS[r.gender]}</Descriptions.Item>
              <Descriptions.Item label="出生日期">
                {r.birthDate}（{r.age}岁）
              </Descriptions.Item>
              <Descriptions.Item label="与户主关系">{RELATION_LABELS[r.relation]}</Descriptions.Item>
              <Descriptions.Item label="手机号">
                <RevealField key={`${r.id}-phone`} residentId={r.id} field="phone" masked={r.phoneMasked} />
              </Descriptions.Item>
              <Descriptions.Item label="身份证号">
                <RevealField key={`${r.id}-id`} residentId={r.id} field="idNumber" masked={r.idNumberMasked} />
              </Descriptions.Item>
              <Descriptions.Item label="住址" span={WIDE}>
                {r.address}
              </Descriptions.Item>
              <Descriptions.Item label="所属社区">{r.communityName}</Descriptions.Item>
              <Descriptions.Item label="所属网格">{r.gridName}</Descriptions.Item>
              {r.tags !== null && (
                <Descriptions.Item label="特殊人群" span={WIDE}>
                  <SpecialTagList tags={r.tags} />
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        ),
        side: (
          <Card variant="borderless" title={`家庭成员（户号 ${r.householdNo}）`}>
            <List
              dataSource={r.householdMembers}
              locale={{ emptyText: '这一户只登记了本人' }}
              renderItem={(m) => (
                <List.Item
                  actions={
                    m.id === r.id
                      ? [
                          <Tag key="self" color="red">
                            本人
                          </Tag>,
                        ]
                      : [
                          <Link key="open" to={`/residents/${m.id}`}>
                            查看
                          </Link>,
                        ]
                  }
                >
                  <List.Item.Meta title={m.name} description={RELATION_LABELS[m.relation]} />
                </List.Item>
              )}
            />
          </Card>
        ),
      })}
    </DetailPage>
  );
}
