import { HomeOutlined, SettingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NavItem } from '../app/web-module';

/** The console shell's own menu entry: 工作台, open to everyone signed in, first in the menu. */
export const SHELL_MENU: readonly NavItem[] = [
  { order: 0, path: '/', label: '工作台', roles: null, icon: <HomeOutlined />, hint: '我的岗位、数据范围和常用功能' },
];

/** Menu groups several modules put entries in (系统设置 holds case categories and the calendar). */
export const SHELL_MENU_GROUPS: Readonly<Record<string, ReactNode>> = { 系统设置: <SettingOutlined /> };
