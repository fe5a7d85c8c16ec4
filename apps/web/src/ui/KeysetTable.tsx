import { Empty, Table, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { LoadMoreFooter, type KeysetPages } from './LoadMoreFooter';

/** What the table needs from a keyset infinite query. */
export interface KeysetTableQuery extends KeysetPages {
  isError: boolean;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** Props of {@link KeysetTable}. */
export interface KeysetTableProps<T> {
  list: KeysetTableQuery;
  rows: readonly T[];
  columns: ColumnsType<T>;
  /** What an empty list says, including what to do next. */
  empty: ReactNode;
  /** The counting word in "已显示 n 条". */
  unit?: string;
  expandable?: TableProps<T>['expandable'];
}

/** A keyset-paged list: load error with retry, the table, and "已显示 n 条 / 加载更多" below it. */
export function KeysetTable<T extends { id: string }>({ list, rows, columns, empty, unit, expandable }: KeysetTableProps<T>) {
  return (
    <>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<T>
        rowKey="id"
        size="middle"
        // A refetch after a filter change shows the spinner; loading the next page shows it on the button only.
        loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
        dataSource={rows as T[]}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={expandable}
        locale={{ emptyText: <Empty description={empty} /> }}
      />
      <LoadMoreFooter count={rows.length} unit={unit} list={list} />
    </>
  );
}
