import { describe, expect, it } from 'vitest';
import { reporterNoticeOf, type ReporterNoticeFacts } from './reporter-notice';

const facts = (f: Partial<ReporterNoticeFacts> & Pick<ReporterNoticeFacts, 'action'>): ReporterNoticeFacts => ({
  from: 'submitted',
  to: 'submitted',
  reason: null,
  departmentName: null,
  toTier: null,
  primaryCaseNo: null,
  ...f,
});

describe('reporterNoticeOf', () => {
  it('says why a case was rejected or returned', () => {
    expect(reporterNoticeOf(facts({ action: 'reject', to: 'rejected', reason: '不属于受理范围' }))).toBe('未予受理：不属于受理范围');
    expect(reporterNoticeOf(facts({ action: 'return', from: 'dispatched', to: 'registered', reason: '不属于本部门职责' }))).toBe(
      '处理单位退回，正在重新安排：不属于本部门职责',
    );
  });

  it('names the case a duplicate was merged into and the department a whistle reached', () => {
    expect(reporterNoticeOf(facts({ action: 'merge', to: 'merged', primaryCaseNo: '20261206000012' }))).toBe('已与案件 20261206000012 合并处理');
    expect(reporterNoticeOf(facts({ action: 'whistle', to: 'dispatched', departmentName: '区住建局' }))).toBe('已派给区住建局处理');
  });

  it('stays silent for steps a resident does not wait for', () => {
    for (const action of ['urge', 'support', 'requestExtension', 'decideExtension'] as const) expect(reporterNoticeOf(facts({ action }))).toBeNull();
    // A co-department's report leaves the case where it was.
    expect(reporterNoticeOf(facts({ action: 'acknowledge', from: 'handling', to: 'handling' }))).toBeNull();
  });
});
