import { formatDate as dateText, formatDateTime } from '../../ui/time-format';

/** "2026-11-23 15:04": how claims times are shown. */
export function formatTime(iso: string): string {
  return formatDateTime(iso);
}

/** "2026-11-23": dates of agreements and lists. */
export function formatDate(iso: string): string {
  return dateText(iso);
}

const EVENT_LABELS: Record<string, string> = {
  create: '登记',
  order: '预约服务',
  dispatch: '社区派单',
  take: '接单',
  rate: '确认评价',
  request: '申请报到',
  approve: '审核通过',
  reject: '驳回',
  claim: '认领',
  start: '开始办理',
  complete: '提交完成',
  fulfil: '圆梦上传',
  confirm: '确认评价',
  sendBack: '退回重办',
  release: '放弃认领',
  expire: '超时失效',
  cancel: '撤销',
};

/** Chinese name of a timeline action, falling back to the code. */
export function eventLabel(action: string): string {
  return EVENT_LABELS[action] ?? action;
}
