import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/session-context';
import { DetailsTable } from '../../components/DetailsTable';
import { usePrintSheet } from '../../components/print/use-print-sheet';
import { QueryView } from '../../components/QueryView';
import { vaultQueries } from '../vault/vault-queries';
import { AuditAnchorSheet } from './AuditAnchorSheet';

/** The newest checkpoint kept outside the database, with a way to put it on paper. */
export function AuditAnchor() {
  const { t } = useTranslation('audit');
  const { info } = useSession();
  const agencyName = info.status === 'signed-in' ? info.agencyName : '';
  // Every event can move the checkpoint: read it afresh whenever the page opens.
  const status = useQuery({ ...vaultQueries.status(), refetchOnMount: 'always' });
  const { printing, print } = usePrintSheet();

  return (
    <Stack gap="xs" component="section" aria-labelledby="audit-anchor-heading">
      <Title order={2} size="h4" id="audit-anchor-heading">
        {t('anchor.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('anchor.body')}
      </Text>
      <QueryView query={status} errorTitle={t('anchor.heading')}>
        {({ anchor }) =>
          anchor ? (
            <Group align="flex-end" gap="md">
              <div style={{ minWidth: 320 }}>
                <DetailsTable
                  rows={[
                    { label: t('anchor.seq'), value: <Code fz="md">{anchor.seq}</Code> },
                    {
                      label: t('anchor.fingerprint'),
                      value: (
                        <Code fz="md" data-testid="audit-anchor-fingerprint">
                          {anchor.fingerprint}
                        </Code>
                      ),
                    },
                  ]}
                />
              </div>
              <Button variant="default" onClick={print}>
                {t('anchor.print')}
              </Button>
              <AuditAnchorSheet anchor={anchor} agencyName={agencyName} printing={printing} />
            </Group>
          ) : (
            <Text size="sm">{t('anchor.none')}</Text>
          )
        }
      </QueryView>
    </Stack>
  );
}
