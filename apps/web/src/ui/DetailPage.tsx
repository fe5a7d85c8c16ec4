import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Card, Col, Divider, Flex, Result, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isMissing } from '../api/api-error';
import { ErrorAlert } from './ErrorAlert';
import { PageHeader } from './PageHeader';
import { PageSkeleton } from './PageSkeleton';

/** What a detail page says when the record is not there (or not in the reader's scope): a 404 with the way back to its list. */
export interface MissingCopy {
  title: string;
  hint: string;
  backTo: string;
  backLabel: string;
}

/** The parts of one record's page, filled in by the module from the loaded record. */
export interface DetailSections {
  title: ReactNode;
  description?: ReactNode;
  /** Above the state card, e.g. 本案已合并. */
  banner?: ReactNode;
  /** Header buttons before 刷新, e.g. a link to where the record lives. */
  extra?: ReactNode;
  /** The state tags at the top of the state card; a record without a workflow (a resident) has no state card. */
  status?: ReactNode;
  /** Below the tags: exactly the actions the reader may take now, or why there are none. */
  actions?: ReactNode;
  /** The wide column's cards, above the history. */
  main: ReactNode;
  /** The history card, last in the wide column (newest on top); left out for a record with no history (a resident, an activity). */
  history?: { title: string; content: ReactNode };
  /** The narrow column's cards. */
  side: ReactNode;
}

const FULL = { width: '100%' } as const;

/**
 * The console page of one record (case, wish, need, service order, resident, volunteer activity): skeleton while loading, a 404 with the way
 * back, an error with retry; then header with back and refresh, the state card with the allowed actions (records with a
 * workflow), and two columns — content and history on the left, who holds it and its limits (or its household) on the right.
 */
export function DetailPage<T>({ query, missing, children }: { query: UseQueryResult<T>; missing: MissingCopy; children: (record: T) => DetailSections }) {
  const navigate = useNavigate();
  if (query.isPending) return <PageSkeleton />;
  if (query.isError) {
    if (isMissing(query.error)) {
      return (
        <Result
          status="404"
          title={missing.title}
          subTitle={missing.hint}
          extra={
            <Link to={missing.backTo}>
              <Button type="primary">{missing.backLabel}</Button>
            </Link>
          }
        />
      );
    }
    return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  }
  const page = children(query.data);
  return (
    <>
      <PageHeader
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            {page.title}
          </Space>
        }
        description={page.description}
        extra={
          <Space>
            {page.extra}
            <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => query.refetch()}>
              刷新
            </Button>
          </Space>
        }
      />
      <Space direction="vertical" size={16} style={FULL}>
        {page.banner}
        {(page.status !== undefined || page.actions !== undefined) && (
          <Card variant="borderless">
            <Flex gap={8} wrap align="center">
              {page.status}
            </Flex>
            <Divider style={{ margin: '16px 0' }} />
            {page.actions}
          </Card>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Space direction="vertical" size={16} style={FULL}>
              {page.main}
              {page.history && (
                <Card variant="borderless" title={page.history.title} extra={<Typography.Text type="secondary">最新在上</Typography.Text>}>
                  {page.history.content}
                </Card>
              )}
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <Space direction="vertical" size={16} style={FULL}>
              {page.side}
            </Space>
          </Col>
        </Row>
      </Space>
    </>
  );
}
