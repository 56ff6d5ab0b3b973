import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkAssignModal } from './BulkAssignModal';
import type { CaseSelection } from './use-case-selection';

/** Above the case list while cases are ticked: how many, clear, and "assign a mentor". */
export function BulkAssignBar({ selection }: { selection: CaseSelection }) {
  const { t } = useTranslation(['mentors']);
  const [open, setOpen] = useState(false);
  const count = selection.selected.size;
  if (count === 0) return null;
  return (
    <Group gap="sm" role="group" aria-label={t('bulk.selected', { count })}>
      <Text fw={500}>{t('bulk.selected', { count })}</Text>
      <Button onClick={() => setOpen(true)}>{t('bulk.open')}</Button>
      <Button variant="subtle" onClick={selection.clear}>
        {t('bulk.clear')}
      </Button>
      {open && (
        <BulkAssignModal
          caseIds={[...selection.selected]}
          onClose={() => setOpen(false)}
          onAssigned={() => {
            setOpen(false);
            selection.clear();
          }}
        />
      )}
    </Group>
  );
}
