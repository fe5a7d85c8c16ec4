import { lazy, type ComponentType } from 'react';

/**
 * A lazy H5 page that brings antd with it: the page chunk and the antd provider chunk load in
 * parallel, so the light H5 entry downloads antd only when a page that uses it opens.
 */
export function h5Lazy(load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [{ AntdProvider }, Page] = await Promise.all([import('../app/AntdProvider'), load()]);
    return {
      default: function H5AntdPage() {
        return (
          <AntdProvider>
            <Page />
          </AntdProvider>
        );
      },
    };
  });
}
