import { Box, Checkbox } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { CaseListRow } from '../../../../../shared/domain/cases';
import { dataColumnHelper } from '../../../components/data-table';
import type { CaseSelection } from './use-case-selection';

const column = dataColumnHelper<CaseListRow>();

/** The case list's tick boxes for a bulk assignment (only for roles that assign). */
export function selectionColumn(
  selection: CaseSelection,
  rows: readonly CaseListRow[],
  t: TFunction<['mentors', 'cases', 'shell']>,
) {
  const ids = rows.map((row) => row.caseId);
  const ticked = ids.filter((id) => selection.selected.has(id)).length;
  return column.display({
    id: 'select',
    header: () => (
      <Checkbox
        aria-label={t('mentors:bulk.selectAll')}
        checked={ticked > 0 && ticked === ids.length}
        indeterminate={ticked > 0 && ticked < ids.length}
        onChange={() => selection.toggleAll(ids)}
      />
    ),
    cell: ({ row }) => (
      // The row opens the case on click; ticking the box must not.
      <Box onClick={(event) => event.stopPropagation()}>
        <Checkbox
          aria-label={t('mentors:bulk.selectRow', { name: row.original.displayName })}
          checked={selection.selected.has(row.original.caseId)}
          onChange={() => selection.toggle(row.original.caseId)}
        />
      </Box>
    ),
  });
}
