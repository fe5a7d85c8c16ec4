import { MEETING_KIND_LABELS, VOTE_METHOD_LABELS, isClosedVote, type MeetingDetail, type VoteView } from '@linli/shared';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { formatDateTime } from '../../ui/time-format';
import { meetingTime } from './deliberation-format';
import { tallyLine, verdictText } from './VoteResult';
import './meeting-minutes.css';

/** The votes of a closed meeting as its minutes record them: motion, method, counts and the fixed result. */
export function FrozenVotesTable({ votes }: { votes: VoteView[] }) {
  const closed = votes.filter((v) => isClosedVote(v.state) && v.tally);
  if (!closed.length) return null;
  return (
    <table>
      <thead>
        <tr>
          <th style={{ width: '8%' }}>序号</th>
          <th>表决事项</th>
          <th style={{ width: '13%' }}>方式</th>
          <th style={{ width: '36%' }}>结果</th>
        </tr>
      </thead>
      <tbody>
        {closed.map((v, i) => (
          <tr key={v.id}>
            <td>{i + 1}</td>
            <td>{v.motion}</td>
            <td>{VOTE_METHOD_LABELS[v.method]}</td>
            <td>
              <strong>{verdictText(v.tally!)}</strong>
              <br />
              {tallyLine(v.tally!)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The A4 sheet of a meeting's minutes with its frozen vote results, mounted while printing: it opens
 * the print dialog, and only it prints (the body class scopes the print rule to this sheet); `onDone`
 * runs when the dialog closes.
 */
export function MeetingMinutesPrint({ m, votes, onDone }: { m: MeetingDetail; votes: VoteView[]; onDone: () => void }) {
  useEffect(() => {
    document.body.classList.add('printing-minutes');
    const done = () => {
      document.body.classList.remove('printing-minutes');
      onDone();
    };
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-minutes');
    };
  }, [onDone]);
  return createPortal(
    <div className="minutes-print" data-testid="minutes-print">
      <div className="minutes-sheet">
        <h1>{m.title}纪要</h1>
        <div className="minutes-meta">
          <div>
            {MEETING_KIND_LABELS[m.kind]} · {meetingTime(m.startsAt, m.endsAt)} · {m.place}
          </div>
          <div>
            召集人：{m.convenerName}；到会 {m.attendeesCount} 人；参会组织：{m.attendingOrganizations.join('、')}
          </div>
        </div>
        <div style={{ whiteSpace: 'pre-wrap' }}>{m.minutes}</div>
        {votes.some((v) => isClosedVote(v.state)) ? (
          <>
            <h3>表决结果</h3>
            <FrozenVotesTable votes={votes} />
          </>
        ) : null}
        <div className="minutes-sign">
          <span>记录人：</span>
          <span>主持人：</span>
          <span>归档于 {m.closedAt ? formatDateTime(m.closedAt) : ''}</span>
        </div>
      </div>
    </div>,
    document.body,
  );
}
