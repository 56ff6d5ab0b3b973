export { DataTable, VIRTUALIZE_FROM_ROWS } from './DataTable';
export { dataColumnHelper, type DataColumn } from './data-table-features';
export type { PagingLabels, PagingState } from './DataTablePaging';
export { usePagedRows } from './use-paged-rows';
