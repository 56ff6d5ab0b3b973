import { Group, UnstyledButton } from '@mantine/core';
import type { Header, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { DataTableFeatures } from './data-table-features';

const ARROWS = { asc: '▲', desc: '▼' } as const;

/**
 * A column heading that sorts when clicked. The order is announced by `aria-sort` on the header
 * cell; the arrow is only for the eye.
 */
export function SortableHeader<T extends RowData>({
  header,
  children,
}: {
  header: Header<DataTableFeatures, T, unknown>;
  children: ReactNode;
}) {
  const sorted = header.column.getIsSorted();
  return (
    <UnstyledButton
      onClick={header.column.getToggleSortingHandler()}
      fw="inherit"
      fz="inherit"
      style={{ whiteSpace: 'nowrap' }}
    >
      <Group gap={4} wrap="nowrap" component="span">
        {children}
        <span aria-hidden style={{ opacity: sorted ? 1 : 0.3, fontSize: '0.7em' }}>
          {sorted ? ARROWS[sorted] : '▲▼'}
        </span>
      </Group>
    </UnstyledButton>
  );
}

export function ariaSort<T extends RowData>(header: Header<DataTableFeatures, T, unknown>) {
  const sorted = header.column.getIsSorted();
  if (!header.column.getCanSort()) return undefined;
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return 'none';
}
