import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../../../../../shared/domain/documents';
import { BuddhistDateField } from '../../../components/buddhist-date';
import type { RegisterFilter } from '../documents-queries';

const SEARCH_DEBOUNCE_MS = 250;

interface RegisterFiltersProps {
  filter: RegisterFilter;
  onChange: (patch: Partial<RegisterFilter>) => void;
  onClear: () => void;
}

/** Text (number, serial or name), kind, status and the issue dates in พ.ศ. */
export function RegisterFilters({ filter, onChange, onClear }: RegisterFiltersProps) {
  const { t } = useTranslation('documents');
  const [text, setText] = useState(filter.text);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debounced.trim() !== filter.text) onChange({ text: debounced.trim() });
    // Only typing searches (clearing empties the box itself).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const any = t('register.any');
  const rangeWrong =
    filter.from && filter.to && filter.from > filter.to ? t('register.dateOrder') : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-label={t('register.filters')}>
      <Stack gap="sm">
        <TextInput
          type="search"
          label={t('register.search')}
          description={t('register.searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Select
            label={t('register.kind')}
            placeholder={any}
            data={DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t(`register.kinds.${kind}`),
            }))}
            value={filter.kind}
            onChange={(value) => onChange({ kind: value as RegisterFilter['kind'] })}
            clearable
          />
          <Select
            label={t('register.status')}
            placeholder={any}
            data={DOCUMENT_STATUSES.map((status) => ({
              value: status,
              label: t(`register.statuses.${status}`),
            }))}
            value={filter.status}
            onChange={(value) => onChange({ status: value as RegisterFilter['status'] })}
            clearable
          />
          <BuddhistDateField
            label={t('register.from')}
            value={filter.from ?? ''}
            onChange={(value) => onChange({ from: value === '' ? null : value })}
            error={rangeWrong}
          />
          <BuddhistDateField
            label={t('register.to')}
            value={filter.to ?? ''}
            onChange={(value) => onChange({ to: value === '' ? null : value })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            variant="subtle"
            onClick={() => {
              setText('');
              onClear();
            }}
          >
            {t('register.clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
