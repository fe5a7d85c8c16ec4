import { CASE_STATE_LABELS, SUGGESTION_ACTION_LABELS, SUGGESTION_OUTCOME_LABELS, SUGGESTION_STATE_LABELS, type CaseState } from '@linli/shared';
import { Card, Progress, Spin, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { H5Page } from '../../../h5/H5Page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { EventTimeline } from '../../../ui/EventTimeline';
import { formatDateTime } from '../../../ui/time-format';
import { SUGGESTION_STATE_COLORS } from '../deliberation-format';
import { useSuggestion } from '../deliberation-queries';

const LABELS: Record<string, string> = { ...SUGGESTION_ACTION_LABELS, create: '提交建议' };

/** One of my suggestions: where it stands and every step taken. */
export function H5SuggestionPage() {
  const { id = '' } = useParams();
  const q = useSuggestion(id);
  const s = q.data;
  return (
    <H5Page title="建议进度" back="/h5/suggestions">
      {q.error ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.isLoading ? <Spin /> : null}
      {s ? (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Typography.Title level={5}>{s.title}</Typography.Title>
            <Typography.Paragraph>{s.content}</Typography.Paragraph>
            <Tag color={SUGGESTION_STATE_COLORS[s.state]}>{SUGGESTION_STATE_LABELS[s.state]}</Tag>
            {s.outcome ? <Tag>{SUGGESTION_OUTCOME_LABELS[s.outcome]}</Tag> : null}
            {s.caseNo ? (
              // The case was opened by staff, so it is not among the resident's own cases: its progress shows here.
              <Typography.Paragraph type="secondary">
                已转为案件 {s.caseNo}，案件进度：{s.caseState ? CASE_STATE_LABELS[s.caseState as CaseState] : '—'}。案件结案后建议自动办结。
              </Typography.Paragraph>
            ) : null}
            {s.reason ? <Typography.Paragraph type="danger">理由：{s.reason}</Typography.Paragraph> : null}
            {s.outcome === 'project' ? <Progress percent={s.progress} /> : null}
          </Card>
          <Card size="small" title="办理过程">
            <EventTimeline
              small
              entries={s.history.map((h, i) => ({ id: String(i), title: LABELS[h.action] ?? h.action, when: formatDateTime(h.at), note: h.note, photos: [] }))}
            />
          </Card>
        </>
      ) : null}
    </H5Page>
  );
}
