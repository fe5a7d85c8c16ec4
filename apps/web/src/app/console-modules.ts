import type { ConsoleModule } from './web-module';
import { inListOrder } from './web-modules';

// Only the console entry imports this file: the antd icons and page loaders stay out of the phone entry.
const found = import.meta.glob<ConsoleModule>('../modules/*/*.console.tsx', { eager: true, import: 'consoleModule' });

/** Every module's console manifest (pages, menu entries, menu group icons), in the order of app/web-modules.ts. */
export const CONSOLE_MODULES: readonly ConsoleModule[] = inListOrder(found, '.console.tsx');
