import { GENDER_LABELS, RELATION_LABELS, SPECIAL_TAG_LABELS, residentExportFilters, type ResidentListItem } from '@linli/shared';
import type { z } from 'zod';
import { defineExportSource } from '../../platform/exports/export-source';
import { countResidents, listResidents } from './residents.service';

/** The resident list as Excel: masked phone and ID number as the list shows them (DESIGN rule 5), every resident in scope matching the filters. */
export const residentExportSource = defineExportSource<z.output<typeof residentExportFilters>, ResidentListItem>({
  kind: 'residents',
  recordKind: 'resident',
  auditAction: 'residents.export',
  title: '居民信息',
  columns: [
    { header: '姓名', value: (r) => r.name },
    { header: '性别', value: (r) => GENDER_LABELS[r.gender] },
    { header: '年龄', value: (r) => r.age },
    { header: '与户主关系', value: (r) => RELATION_LABELS[r.relation] },
    { header: '手机号', width: 16, value: (r) => r.phoneMasked },
    { header: '身份证号', width: 22, value: (r) => r.idNumberMasked },
    { header: '特殊人群', value: (r) => (r.tags ? r.tags.map((t) => SPECIAL_TAG_LABELS[t]).join('、') : '') },
    { header: '住址', width: 40, value: (r) => r.address },
  ],
  count: (deps, actor, filters) => countResidents(deps, actor, filters),
  page: (deps, actor, filters, after, limit) => listResidents(deps, actor, { ...filters, after, limit }),
});
