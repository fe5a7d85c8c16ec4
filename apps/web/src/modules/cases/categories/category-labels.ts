import type { CaseCategoryView } from '@linli/shared';

/** Chinese label of each category kind (DOMAIN §2: 部件 / 事件 of GB/T 30428.2, 民生诉求, 社会治理事件). */
export const CATEGORY_KIND_LABELS: Record<CaseCategoryView['kind'], string> = {
  component: '部件',
  event: '事件',
  livelihood: '民生诉求',
  governance: '社会治理',
};

/** Chinese label of each urgency. */
export const URGENCY_LABELS: Record<CaseCategoryView['urgency'], string> = { normal: '一般', urgent: '紧急' };
