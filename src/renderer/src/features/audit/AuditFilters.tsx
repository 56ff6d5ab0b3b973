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
import { BuddhistDateInput } from './BuddhistDateInput';

function dateMessage(t: TFunction, error: FieldError | undefined): string | undefined {
  switch (error?.message) {
    case undefined:
      return undefined;
    case DATE_ORDER:
      return t('audit.filters.dateOrder');
    case 'date_incomplete':
      return t('audit.date.incomplete');
    case 'date_year_not_be':
      return t('audit.date.yearNotBe', { example: currentBuddhistYear() });
    default:
      return t('audit.date.noSuchDate');
  }
}

/** Who, what, outcome and a date range; "search" hands main's query to the page. */
export function AuditFilters({ onSearch }: { onSearch: (query: AuditQuery) => void }) {
  const { t } = useTranslation();
  const form = useForm<AuditFilterFormInput, unknown, AuditQuery>({
    resolver: zodResolver(auditFilterFormSchema),
    defaultValues: EMPTY_FILTERS,
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-filters">
      <form onSubmit={form.handleSubmit(onSearch)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="audit-filters">
            {t('audit.filters.heading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              {...form.register('actorUserName')}
              label={t('audit.filters.userName')}
              autoComplete="off"
              spellCheck={false}
            />
            <NativeSelect
              {...form.register('action')}
              label={t('audit.filters.action')}
              data={[
                { value: '', label: t('audit.filters.anyAction') },
                ...AUDIT_ACTIONS.map((action) => ({
                  value: action,
                  label: t(`audit.actions.${action}`),
                })),
              ]}
            />
            <NativeSelect
              {...form.register('outcome')}
              label={t('audit.filters.outcome')}
              data={[
                { value: '', label: t('audit.filters.anyOutcome') },
                ...AUDIT_OUTCOMES.map((outcome) => ({
                  value: outcome,
                  label: t(`audit.outcomes.${outcome}`),
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
                    legend={t(`audit.filters.${name}`)}
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
            <Button type="submit">{t('audit.filters.search')}</Button>
            <Button
              variant="default"
              onClick={() => {
                form.reset(EMPTY_FILTERS);
                onSearch({});
              }}
            >
              {t('audit.filters.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
