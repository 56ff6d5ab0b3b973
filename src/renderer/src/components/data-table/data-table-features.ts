import {
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { compareThaiNames } from '../../../../shared/thai';

/** How a column's cells are laid out; read by `DataTable`. */
export interface DataColumnMeta {
  /** The cell that names the row (a person's name): a row header for screen readers. */
  rowHeader?: boolean;
  /** Thai has no spaces between words: a narrow column would break a name or a date mid-word. */
  noWrap?: boolean;
  align?: 'left' | 'right';
}

// Thai order whatever the screen language: the names in this app are Thai in both.
const thaiCollator = new Intl.Collator('th');

/**
 * Text in Thai dictionary order. Code-point order puts every name that starts with a leading
 * vowel (เ, แ, โ…) after all the others; the collator sorts "เกษม" under ก, where a clerk looks.
 */
export const sortFn_thaiText = constructSortFn({
  sort: (a: string, b: string) => thaiCollator.compare(a, b),
  resolveDataValue: (value: unknown) => (value == null ? '' : String(value)),
});

/** People's names in Thai order by the name, not the title before it (นางสาว… before นาย…). */
export const sortFn_thaiName = constructSortFn({
  sort: (a: string, b: string) => compareThaiNames(a, b),
  resolveDataValue: (value: unknown) => (value == null ? '' : String(value)),
});

/** The one feature set of every table in the app: sorting, nothing else. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { thaiText: sortFn_thaiText, thaiName: sortFn_thaiName, basic: sortFn_basic },
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column has its own value type
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;

/** `const column = dataColumnHelper<Account>()`, then `column.accessor('fullName', …)`. */
export function dataColumnHelper<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>();
}
