import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  PRINT_FAILED_TITLE,
  printFailedTitle,
  printReadyTitle,
} from '../../../shared/domain/documents';
import './print.css';
import { printViewQuery } from './print-queries';
import { PrintDocument } from './templates/PrintDocument';
import { SubjectTemplate } from './templates/SubjectTemplate';
import { waitForPrintAssets } from './wait-for-print-assets';

type Readiness = 'waiting' | 'ready' | 'failed';

/**
 * `#/print/<ticket>`: the pages of one print or PDF, alone in a hidden window that main (or the
 * web host) opened. It reads the view for its ticket, waits for the fonts and images, then says
 * so in the document title, which the host watches (print.ts); no other signal, no script of the
 * host's. Any failure — a used or unknown ticket, a locked session, an image that will not
 * decode — ends in the failed title, so the host gives up at once instead of printing a blank
 * page or waiting for its timeout.
 */
export function PrintRoute() {
  const { ticket = '' } = useParams();
  // A new ticket is a new page: the host keeps its print window warm and only changes the hash,
  // so nothing of the previous document (its data, its readiness) may carry over.
  return <TicketPages key={ticket} ticket={ticket} />;
}

function TicketPages({ ticket }: { ticket: string }) {
  const view = useQuery(printViewQuery(ticket));
  const [readiness, setReadiness] = useState<Readiness>('waiting');
  const failed = view.isError || readiness === 'failed';

  useEffect(() => {
    if (!view.data) return;
    let current = true;
    waitForPrintAssets(document).then(
      () => current && setReadiness('ready'),
      () => current && setReadiness('failed'),
    );
    return () => {
      current = false;
    };
  }, [view.data]);

  useEffect(() => {
    if (failed) announce(printFailedTitle(ticket));
    else if (readiness === 'ready') announce(printReadyTitle(ticket));
  }, [failed, readiness, ticket]);

  return (
    <div className="pd-route">
      {failed ? (
        <PrintFailed />
      ) : view.data?.kind === 'subject' ? (
        <SubjectTemplate view={view.data.view} />
      ) : view.data ? (
        <PrintDocument view={view.data.view} />
      ) : (
        <PrintLoading />
      )}
    </div>
  );
}

/**
 * Tells the host through the document title. After the current commit: the LanguageProvider
 * above titles the page with the app's name in an effect of its own, and a parent's effects run
 * after its children's, so a failure known at the first render would otherwise be overwritten.
 */
function announce(title: string) {
  queueMicrotask(() => {
    document.title = title;
  });
}

function PrintLoading() {
  const { t } = useTranslation('print');
  return (
    <Center className="pd-screen-only" mih="50vh">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text>{t('loading')}</Text>
      </Stack>
    </Center>
  );
}

/** Also the page for any other path under the print window, and for a render error. */
export function PrintFailed() {
  const { t } = useTranslation('print');
  useEffect(() => announce(PRINT_FAILED_TITLE), []);
  return (
    <Center className="pd-screen-only" mih="50vh" p="md">
      <Alert color="red" role="alert">
        {t('failed')}
      </Alert>
    </Center>
  );
}
