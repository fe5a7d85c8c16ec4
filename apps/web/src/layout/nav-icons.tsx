import {
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  FlagOutlined,
  HomeOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** Menu icon for each console page path. */
export const NAV_ICONS: Record<string, ReactNode> = {
  '/': <HomeOutlined />,
  '/org': <ApartmentOutlined />,
  '/residents': <UserOutlined />,
  '/import': <CloudUploadOutlined />,
  '/party': <FlagOutlined />,
  '/admin/users': <TeamOutlined />,
  '/admin/audit': <AuditOutlined />,
};
