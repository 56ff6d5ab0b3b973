import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DATE_ORDERS,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ImportChecked,
  type ImportOpened,
  type ImportSettings,
} from '../../../../shared/domain/imports';
import { errorMessage, useKaonaMutation } from '../../api';
import { columnLabel, defaultSettings, importSettingsFormSchema } from './import-form';
import { importsKeys, importsQueries } from './imports-queries';

/**
 * Which column fills which intake field (suggested from the headers), how dates are written
 * (พ.ศ. or ค.ศ., and the order), and where the programme consent comes from. A mapping can be
 * saved by name and picked for the next file of the same shape.
 */
export function MappingStep({
  opened,
  onChecked,
  onBack,
}: {
  opened: ImportOpened;
  onChecked: (settings: ImportSettings, checked: ImportChecked) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('imports');
  const queryClient = useQueryClient();
  const mappings = useQuery(importsQueries.mappings());
  const [mappingName, setMappingName] = useState('');
  const form = useForm<ImportSettings>({
    resolver: zodResolver(importSettingsFormSchema),
    defaultValues: defaultSettings(opened.suggested),
  });
  const columns = opened.headers.map((header, index) => ({
    value: String(index),
    label: columnLabel(index, header),
  }));

  const check = useKaonaMutation({
    call: (api, settings: ImportSettings) =>
      api.imports.check({ importId: opened.importId, settings }),
    onSuccess: (checked, settings) => onChecked(settings, checked),
  });
  const save = useKaonaMutation({
    call: (api, settings: ImportSettings) =>
      api.imports.saveMapping({ name: mappingName, settings }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsKeys.mappings() }),
  });
  const mappingError = form.formState.errors.mapping?.root ?? form.formState.errors.mapping;

  return (
    <form onSubmit={form.handleSubmit((settings) => check.mutate(settings))} noValidate>
      <Stack gap="md">
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('map.fileTitle', { fileName: opened.fileName })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('map.rowCount', { count: opened.rowCount })}
            </Text>
            {(mappings.data?.length ?? 0) > 0 && (
              <Select
                label={t('map.savedMappings')}
                placeholder={t('map.savedPlaceholder')}
                data={(mappings.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
                onChange={(id) => {
                  const picked = mappings.data?.find((m) => String(m.id) === id);
                  if (picked) form.reset(picked.settings);
                }}
                data-testid="import-saved-mapping"
                maw={360}
              />
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Table striped withTableBorder={false} aria-label={t('map.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('map.field')}</Table.Th>
                <Table.Th>{t('map.column')}</Table.Th>
                <Table.Th>{t('map.sample')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IMPORT_FIELDS.map((field) => (
                <Controller
                  key={field}
                  control={form.control}
                  name={`mapping.${field}`}
                  render={({ field: input }) => (
                    <Table.Tr>
                      <Table.Td>
                        {t(`fields.${field}`)}
                        {REQUIRED_IMPORT_FIELDS.includes(field) && (
                          <Text span c="red" aria-hidden>
                            {' *'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t(`fields.${field}`)}
                          data={columns}
                          value={input.value === undefined ? null : String(input.value)}
                          onChange={(value) =>
                            input.onChange(value === null ? undefined : Number(value))
                          }
                          placeholder={t('map.notInFile')}
                          clearable
                          data-testid={`import-mapping-${field}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed" lineClamp={1}>
                          {input.value === undefined
                            ? ''
                            : (opened.sampleRows[0]?.[input.value] ?? '')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                />
              ))}
            </Table.Tbody>
          </Table>
          {mappingError && (
            <Text c="red" size="sm" role="alert">
              {t('formErrors.mapping_incomplete')}
            </Text>
          )}
        </Paper>

        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="dateEra"
              render={({ field }) => (
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="import-era-label">
                    {t('map.dateEra')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="import-era-label"
                    value={field.value}
                    onChange={field.onChange}
                    data={[
                      { value: 'be', label: t('map.eraBe') },
                      { value: 'ce', label: t('map.eraCe') },
                    ]}
                    data-testid="import-date-era"
                  />
                </Stack>
              )}
            />
            <Controller
              control={form.control}
              name="dateOrder"
              render={({ field }) => (
                <Select
                  label={t('map.dateOrder')}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  data={DATE_ORDERS.map((order) => ({
                    value: order,
                    label: t(`map.orders.${order}`),
                  }))}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="consentBasis"
            render={({ field }) => (
              <Radio.Group
                mt="md"
                label={t('map.consentBasis')}
                description={t('map.consentBasisHelp')}
                value={field.value}
                onChange={field.onChange}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="paper_declaration" label={t('map.consentPaper')} />
                  <Radio value="column" label={t('map.consentColumn')} />
                </Stack>
              </Radio.Group>
            )}
          />
        </Paper>

        {check.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(check.error, t)}
          </Alert>
        )}
        <Group justify="space-between">
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('map.saveName')}
              value={mappingName}
              onChange={(event) => setMappingName(event.currentTarget.value)}
              maxLength={80}
              data-testid="import-mapping-name"
            />
            <Button
              variant="default"
              disabled={mappingName.trim() === ''}
              loading={save.isPending}
              onClick={() => void form.handleSubmit((settings) => save.mutate(settings))()}
            >
              {save.isSuccess ? t('map.saved') : t('map.save')}
            </Button>
          </Group>
          <Group gap="sm">
            <Button variant="default" onClick={onBack}>
              {t('map.back')}
            </Button>
            <Button type="submit" loading={check.isPending} data-testid="import-check">
              {t('map.check')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
