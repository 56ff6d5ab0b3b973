import { Box, Table } from '@mantine/core';
import { FlexRender, useTable, type RowData, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { dataTableFeatures, type DataColumn, type DataTableFeatures } from './data-table-features';
import { DataTablePaging, type PagingLabels, type PagingState } from './DataTablePaging';
import { DataTableRow } from './DataTableRow';
import { ariaSort, SortableHeader } from './SortableHeader';
import { VirtualRows } from './VirtualRows';

/**
 * From this many rows on only the rows in view are drawn. Below it every row is in the page, which
 * keeps find-in-page and printing whole for the lists an office usually has.
 */
export const VIRTUALIZE_FROM_ROWS = 200;

interface DataTableProps<T extends RowData> {
  /** The table's accessible name. */
  label: string;
  data: readonly T[];
  /** Column definitions from `dataColumnHelper`; stable (module scope or memoised). */
  columns: readonly DataColumn<T>[];
  getRowId: (row: T) => string;
  initialSorting?: SortingState;
  /** Whether the headings sort the rows (on by default, per column `enableSorting`). */
  sortable?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing Thai text. */
  minWidth?: number;
  /** For paged data (`usePagedRows`): the count and the "load more" button under the table. */
  paging?: PagingState & { labels: PagingLabels };
  /**
   * Draw only the rows in view whatever their number: for lists paged from the core by scrolling,
   * where the next page is asked for as the clerk nears the end.
   */
  alwaysVirtual?: boolean;
  /** Clicking a row opens it (its row header should hold a link, for the keyboard). */
  onOpenRow?: (row: T) => void;
}

/** Every list in the app: Mantine's table, TanStack Table's sorting, virtual rows when long. */
export function DataTable<T extends RowData>({
  label,
  data,
  columns,
  getRowId,
  initialSorting = [],
  sortable = true,
  minWidth,
  paging,
  alwaysVirtual = false,
  onOpenRow,
}: DataTableProps<T>) {
  const table = useTable({
    features: dataTableFeatures,
    columns: columns as DataColumn<T>[],
    data: data as T[],
    getRowId,
    enableSorting: sortable,
    initialState: { sorting: initialSorting },
  });
  // State, not a ref: the rows' virtualiser runs its layout effect before a parent's ref is set,
  // and must draw again once the scrolling region exists.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const rows = table.getRowModel().rows;
  const virtual = alwaysVirtual || rows.length >= VIRTUALIZE_FROM_ROWS;
  const columnCount = table.getAllLeafColumns().length;

  const tableElement = (
    <Table
      verticalSpacing="sm"
      striped
      highlightOnHover
      stickyHeader={virtual}
      aria-label={label}
      aria-rowcount={virtual ? rows.length + 1 : undefined}
    >
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
            {group.headers.map((header) => (
              <Table.Th
                key={header.id}
                scope="col"
                aria-sort={ariaSort(header)}
                ta={header.column.columnDef.meta?.align}
              >
                {header.isPlaceholder ? null : header.column.getCanSort() ? (
                  <SortableHeader<T> header={header}>
                    <FlexRender header={header} />
                  </SortableHeader>
                ) : (
                  <FlexRender header={header} />
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {virtual ? (
          <VirtualRows
            rows={rows}
            columnCount={columnCount}
            scrollElement={scroller}
            onNearEnd={paging?.hasMore ? paging.loadMore : undefined}
            onOpenRow={onOpenRow}
          />
        ) : (
          rows.map((row) => <DataTableRow<T> key={row.id} row={row} onOpenRow={onOpenRow} />)
        )}
      </Table.Tbody>
    </Table>
  );

  return (
    <Box>
      {virtual ? (
        // A scrolling region must be reachable by keyboard to be scrolled by keyboard.
        <Box
          ref={setScroller}
          data-virtual-scroller
          tabIndex={0}
          role="region"
          aria-label={label}
          mah="70vh"
          style={{ overflow: 'auto' }}
          miw={0}
        >
          <Box miw={minWidth}>{tableElement}</Box>
        </Box>
      ) : (
        <Table.ScrollContainer minWidth={minWidth ?? 0}>{tableElement}</Table.ScrollContainer>
      )}
      {paging && (
        <Box mt="sm">
          <DataTablePaging paging={paging} labels={paging.labels} />
        </Box>
      )}
    </Box>
  );
}

export type { DataTableFeatures };
