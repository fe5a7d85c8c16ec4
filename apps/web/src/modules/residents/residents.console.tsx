import { CloudUploadOutlined, UserOutlined } from '@ant-design/icons';
import { LEDGER_EDITOR_ROLES, RESIDENT_READER_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** Resident search and detail, and the ledger import 一张表 (import/). */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'residents', nav: '/residents', page: () => import('./ResidentsPage').then((m) => m.ResidentsPage) },
    { path: 'residents/:id', nav: '/residents', page: () => import('./ResidentDetailPage').then((m) => m.ResidentDetailPage) },
    { path: 'import', nav: '/import', page: () => import('./import/ImportPage').then((m) => m.ImportPage) },
  ],
  menu: [
    { order: 90, path: '/residents', label: '居民信息', roles: RESIDENT_READER_ROLES, icon: <UserOutlined />, hint: '按姓名、手机号查找居民，查看家庭成员' },
    { order: 110, path: '/import', label: '一张表导入', roles: LEDGER_EDITOR_ROLES, icon: <CloudUploadOutlined />, hint: '上传一张表台账，批量登记住户和居民' },
  ],
};
