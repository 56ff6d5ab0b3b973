import { Table } from '@mantine/core';
import type { Row, RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect } from 'react';
import type { DataTableFeatures } from './data-table-features';
import { DataTableRow } from './DataTableRow';

/** A first guess at a row's height (one line of Sarabun at 1.55 with Mantine's sm padding). */
export const ESTIMATED_ROW_HEIGHT = 52;
/** Rows drawn beyond the visible ones, so that a quick scroll shows no blank band. */
const OVERSCAN = 8;
/** How close to the last loaded row the next page is asked for. */
const LOAD_AHEAD_ROWS = 10;

interface VirtualRowsProps<T extends RowData> {
  rows: readonly Row<DataTableFeatures, T>[];
  columnCount: number;
  scrollElement: HTMLDivElement | null;
  /** Asked when the clerk scrolls near the end of what is loaded (paged data only). */
  onNearEnd?: () => void;
  onOpenRow?: (row: T) => void;
}

/**
 * Only the rows in view are in the page; the rest are stood in for by one empty row above and
 * one below, each as tall as the rows it replaces. Real `<tr>` spacers rather than absolutely
 * placed rows keep the table a table: columns stay aligned and screen readers read rows in order
 * (with `aria-rowindex` saying where each row sits among all of them).
 */
export function VirtualRows<T extends RowData>({
  rows,
  columnCount,
  scrollElement,
  onNearEnd,
  onOpenRow,
}: VirtualRowsProps<T>) {
  // The virtualiser re-renders this component itself on scroll; nothing here is memoised on it.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
    // A row not laid out yet measures 0: keep the estimate rather than collapse it.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const above = first ? first.start : 0;
  const below = last ? virtualizer.getTotalSize() - last.end : 0;

  const lastIndex = last?.index ?? -1;
  useEffect(() => {
    if (onNearEnd && lastIndex >= rows.length - LOAD_AHEAD_ROWS) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  return (
    <>
      {above > 0 && <Spacer height={above} columnCount={columnCount} />}
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <DataTableRow
            key={row.id}
            row={row}
            ariaRowIndex={item.index + 2}
            measureRef={virtualizer.measureElement}
            dataIndex={item.index}
            onOpenRow={onOpenRow}
          />
        );
      })}
      {below > 0 && <Spacer height={below} columnCount={columnCount} />}
    </>
  );
}

function Spacer({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <Table.Tr aria-hidden style={{ height }}>
      <Table.Td colSpan={columnCount} p={0} />
    </Table.Tr>
  );
}
