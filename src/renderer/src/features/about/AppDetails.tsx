import { Code, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/domain/app-info';
import { DetailsTable } from '../../components/DetailsTable';

/** The facts a support call needs, exactly as `app.info` reports them. */
export function AppDetails({ info }: { info: AppInfo }) {
  const { t } = useTranslation(['about', 'shell']);
  const orNone = (value: string | null) => value ?? t('shell:common.none');
  return (
    <Stack gap="md">
      <DetailsTable
        rows={[
          { label: t('details.name'), value: info.name },
          { label: t('details.version'), value: info.version },
          { label: t('details.dataDir'), value: <Code>{info.dataDir}</Code> },
          { label: t('details.language'), value: t(`shell:language.${info.locale}`) },
          { label: t('details.schemaVersion'), value: info.schemaVersion },
        ]}
      />
      <Title order={3}>{t('details.runtime')}</Title>
      <DetailsTable
        rows={[
          { label: t('details.electron'), value: orNone(info.runtime.electron) },
          { label: t('details.chrome'), value: orNone(info.runtime.chrome) },
          { label: t('details.node'), value: info.runtime.node },
        ]}
      />
    </Stack>
  );
}
