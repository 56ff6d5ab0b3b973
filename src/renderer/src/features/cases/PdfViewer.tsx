import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@mantine/core';
import { base64ToBytes } from './attachment-bytes';
import { openPdf, PDF_VIEW_WIDTH } from './pdf-document';

/**
 * A PDF drawn page by page onto a canvas by pdf.js: nothing of the file runs as a page of its own
 * (no links, scripts or forms), and no copy is written to disk for another program to open.
 */
export function PdfViewer({ dataBase64 }: { dataBase64: string }) {
  const { t } = useTranslation('cases');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let loaded: PDFDocumentProxy | null = null;
    let closed = false;
    openPdf(base64ToBytes(dataBase64)).then(
      (document) => {
        loaded = document;
        if (closed) void document.loadingTask.destroy();
        else setPdf(document);
      },
      () => setFailed(true),
    );
    return () => {
      closed = true;
      void loaded?.loadingTask.destroy();
    };
  }, [dataBase64]);

  useEffect(() => {
    const target = canvas.current;
    if (!pdf || !target) return;
    let task: { cancel: () => void } | null = null;
    let cancelled = false;
    void pdf.getPage(pageNumber).then(
      (page) => {
        if (cancelled) return;
        const base = page.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: (PDF_VIEW_WIDTH / base.width) * ratio });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        target.style.width = `${Math.floor(viewport.width / ratio)}px`;
        const render = page.render({ canvas: target, viewport });
        task = render;
        render.promise.catch(() => {
          if (!cancelled) setFailed(true);
        });
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber]);

  if (failed) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('attachments.pdfFailed')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm" align="center">
      {!pdf && <Loader />}
      {pdf && pdf.numPages > 1 && (
        <Group gap="sm">
          <Button
            variant="default"
            size="compact-sm"
            disabled={pageNumber <= 1}
            onClick={() => setPageNumber((page) => page - 1)}
          >
            {t('attachments.previous')}
          </Button>
          <Text size="sm" role="status">
            {t('attachments.pdfPage', { page: pageNumber, pages: pdf.numPages })}
          </Text>
          <Button
            variant="default"
            size="compact-sm"
            disabled={pageNumber >= pdf.numPages}
            onClick={() => setPageNumber((page) => page + 1)}
          >
            {t('attachments.next')}
          </Button>
        </Group>
      )}
      <canvas
        ref={canvas}
        style={{ maxWidth: '100%', border: '1px solid var(--mantine-color-gray-3)' }}
      />
    </Stack>
  );
}
