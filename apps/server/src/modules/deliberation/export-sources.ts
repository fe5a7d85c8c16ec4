import {
  MEETING_KIND_LABELS,
  MEETING_STATE_LABELS,
  SUGGESTION_OUTCOME_LABELS,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATE_LABELS,
  chinaDateOf,
  meetingExportFilters,
  suggestionExportFilters,
  type MeetingListItem,
  type SuggestionListItem,
} from '@linli/shared';
import type { z } from 'zod';
import { defineExportSource } from '../../platform/exports/export-source';
import { meetingCount, meetingPage } from './meetings.service';
import { countSuggestions, listSuggestions } from './suggestions.service';

/** A start time in Beijing time, to the minute. */
const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The meeting list 议事会台账 as Excel: every meeting in the caller's view matching the filters, soonest first. */
export const meetingExportSource = defineExportSource<z.output<typeof meetingExportFilters>, MeetingListItem>({
  kind: 'meetings',
  recordKind: 'meeting',
  auditAction: 'deliberation.meetings.export',
  title: '议事会台账',
  columns: [
    { header: '社区', width: 16, value: (r) => r.communityName },
    { header: '类型', width: 12, value: (r) => MEETING_KIND_LABELS[r.kind] },
    { header: '会议', width: 30, value: (r) => r.title },
    { header: '开始时间', width: 18, value: (r) => local(r.startsAt) },
    { header: '地点', width: 20, value: (r) => r.place },
    { header: '状态', width: 14, value: (r) => (r.overdueClose ? `${MEETING_STATE_LABELS[r.state]}（纪要逾期）` : MEETING_STATE_LABELS[r.state]) },
    { header: '名额', value: (r) => (r.seats === 0 ? '不限' : r.seats) },
    { header: '报名', value: (r) => r.registeredCount },
    { header: '候补', value: (r) => r.waitlistCount },
    { header: '签到', value: (r) => r.attendedCount },
  ],
  count: (deps, actor, filters) => meetingCount(deps, actor, filters),
  page: (deps, actor, filters, after, limit) => meetingPage(deps, actor, filters, { after, limit }),
});

/**
 * The suggestion list 居民建议台账 as Excel: every suggestion in the caller's view matching the filters,
 * newest first, with the suggester's name as the list shows it to the caller.
 */
export const suggestionExportSource = defineExportSource<z.output<typeof suggestionExportFilters>, SuggestionListItem>({
  kind: 'suggestions',
  recordKind: 'suggestion',
  auditAction: 'deliberation.suggestions.export',
  title: '居民建议台账',
  columns: [
    { header: '社区', width: 16, value: (r) => r.communityName },
    { header: '来源', width: 10, value: (r) => SUGGESTION_SOURCE_LABELS[r.source] },
    { header: '建议', width: 36, value: (r) => r.title },
    { header: '建议人', width: 10, value: (r) => r.suggesterName },
    { header: '办理途径', width: 14, value: (r) => (r.outcome ? SUGGESTION_OUTCOME_LABELS[r.outcome] : '待研判') },
    { header: '状态', width: 16, value: (r) => SUGGESTION_STATE_LABELS[r.state] },
    { header: '进度', value: (r) => (r.outcome === 'project' ? `${r.progress}%` : '') },
    { header: '收集日期', width: 12, value: (r) => chinaDateOf(new Date(r.createdAt)) },
  ],
  count: (deps, actor, filters) => countSuggestions(deps, actor, filters),
  page: (deps, actor, filters, after, limit) => listSuggestions(deps, actor, { ...filters, after, limit }),
});
