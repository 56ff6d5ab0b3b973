import { Table } from '@mantine/core';
import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import type { CSSProperties } from 'react';
import type { DataTableFeatures } from './data-table-features';

const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };

interface DataTableRowProps<T extends RowData> {
  row: Row<DataTableFeatures, T>;
  /** 1-based position among all rows, heading row included, for `aria-rowindex`. */
  ariaRowIndex?: number;
  /** For a virtualised body: lets the virtualiser measure the row as drawn. */
  measureRef?: (element: HTMLTableRowElement | null) => void;
  dataIndex?: number;
  /** A click anywhere on the row opens it; the keyboard uses the link in its row header. */
  onOpenRow?: (row: T) => void;
}

/** One row; the column marked `rowHeader` becomes the row's header cell. */
export function DataTableRow<T extends RowData>({
  row,
  ariaRowIndex,
  measureRef,
  dataIndex,
  onOpenRow,
}: DataTableRowProps<T>) {
  return (
    <Table.Tr
      aria-rowindex={ariaRowIndex}
      ref={measureRef}
      data-index={dataIndex}
      onClick={onOpenRow && (() => onOpenRow(row.original))}
      style={onOpenRow ? { cursor: 'pointer' } : undefined}
    >
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const style = meta?.noWrap ? NO_WRAP : undefined;
        const content = <FlexRender cell={cell} />;
        return meta?.rowHeader ? (
          <Table.Th key={cell.id} scope="row" fw={500} style={style} ta={meta.align}>
            {content}
          </Table.Th>
        ) : (
          <Table.Td key={cell.id} style={style} ta={meta?.align}>
            {content}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}
