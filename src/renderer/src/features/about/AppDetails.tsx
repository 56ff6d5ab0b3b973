import { Code, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/domain/app-info';
import { DetailsTable } from '../../components/DetailsTable';

/** The facts a support call needs, exactly as `app.info` reports them. */
export function AppDetails({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const orNone = (value: string | null) => value ?? t('common.none');
  return (
    <Stack gap="md">
      <DetailsTable
        rows={[
          { label: t('about.details.name'), value: info.name },
          { label: t('about.details.version'), value: info.version },
          { label: t('about.details.dataDir'), value: <Code>{info.dataDir}</Code> },
          { label: t('about.details.language'), value: t(`language.${info.locale}`) },
          { label: t('about.details.schemaVersion'), value: info.schemaVersion },
        ]}
      />
      <Title order={3}>{t('about.details.runtime')}</Title>
      <DetailsTable
        rows={[
          { label: t('about.details.electron'), value: orNone(info.runtime.electron) },
          { label: t('about.details.chrome'), value: orNone(info.runtime.chrome) },
          { label: t('about.details.node'), value: info.runtime.node },
        ]}
      />
    </Stack>
  );
}
