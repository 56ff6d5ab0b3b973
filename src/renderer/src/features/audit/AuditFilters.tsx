import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditQuery } from '../../../../shared/domain/audit';
import {
  auditFilterFormSchema,
  DATE_ORDER,
  EMPTY_FILTERS,
  type AuditFilterFormInput,
} from './audit-filter-form';
import { currentBuddhistYear } from './buddhist-date';
import { auditActionLabel } from './audit-action-label';
import { BuddhistDateInput } from './BuddhistDateInput';

function dateMessage(t: TFunction<'audit'>, error: FieldError | undefined): string | undefined {
  switch (error?.message) {
    case undefined:
      return undefined;
    case DATE_ORDER:
      return t('filters.dateOrder');
    case 'date_incomplete':
      return t('date.incomplete');
    case 'date_year_not_be':
      return t('date.yearNotBe', { example: currentBuddhistYear() });
    default:
      return t('date.noSuchDate');
  }
}

interface AuditFiltersProps {
  /** The filters a link opened the page with; empty otherwise. */
  initial: AuditFilterFormInput;
  onSearch: (query: AuditQuery) => void;
}

/** Who, what, outcome and a date range; "search" hands main's query to the page. */
export function AuditFilters({ initial, onSearch }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const form = useForm<AuditFilterFormInput, unknown, AuditQuery>({
    resolver: zodResolver(auditFilterFormSchema),
    defaultValues: initial,
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-filters">
      <form onSubmit={form.handleSubmit(onSearch)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="audit-filters">
            {t('filters.heading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              {...form.register('actorUserName')}
              label={t('filters.userName')}
              autoComplete="off"
              spellCheck={false}
            />
            <NativeSelect
              {...form.register('action')}
              label={t('filters.action')}
              data={[
                { value: '', label: t('filters.anyAction') },
                ...AUDIT_ACTIONS.map((action) => ({
                  value: action,
                  label: auditActionLabel(action, t),
                })),
              ]}
            />
            <NativeSelect
              {...form.register('outcome')}
              label={t('filters.outcome')}
              data={[
                { value: '', label: t('filters.anyOutcome') },
                ...AUDIT_OUTCOMES.map((outcome) => ({
                  value: outcome,
                  label: t(`outcomes.${outcome}`),
                })),
              ]}
            />
          </SimpleGrid>
          <Group gap="xl" align="flex-start">
            {(['from', 'to'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field, fieldState }) => (
                  <BuddhistDateInput
                    legend={t(`filters.${name}`)}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={dateMessage(t, fieldState.error)}
                  />
                )}
              />
            ))}
          </Group>
          <Group gap="sm">
            <Button type="submit">{t('filters.search')}</Button>
            <Button
              variant="default"
              onClick={() => {
                form.reset(EMPTY_FILTERS);
                onSearch({});
              }}
            >
              {t('filters.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
