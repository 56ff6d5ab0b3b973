import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyResult } from '../../../../shared/domain/documents';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { certificatesQueries } from './certificates-queries';
import { VerdictCard } from './VerdictCard';

/**
 * `/verify`: one big box for a scanned, pasted or typed code or serial. A USB scanner types the
 * code and Enter, so Enter checks it; after each answer the box is selected again, so the next
 * scan replaces the last code.
 */
export function VerifyPage() {
  const { t } = useTranslation(['certificates', 'shell']);
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const publicKey = useQuery(certificatesQueries.publicKey());
  const verify = useKaonaMutation({
    call: (api, text: string) => api.certificates.verify({ code: text }),
  });
  const selectAgain = () => {
    input.current?.focus();
    input.current?.select();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return;
    setResult(null);
    try {
      setResult(await verify.mutateAsync(code));
    } catch {
      // The error is shown from the mutation's state.
    } finally {
      selectAgain();
    }
  };
  return (
    <Stack gap="lg" maw={860}>
      <PageHeader title={t('verify.title')} description={t('verify.description')} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            ref={input}
            autoFocus
            size="lg"
            style={{ flex: 1 }}
            label={t('verify.inputLabel')}
            description={t('verify.inputHint')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
          />
          <Button type="submit" size="lg" loading={verify.isPending}>
            {t('verify.submit')}
          </Button>
        </Group>
      </form>
      {verify.isError && <ErrorAlert title={t('verify.failed')} error={verify.error} />}
      {result && <VerdictCard result={result} />}
      <Text size="xs" c="dimmed">
        {publicKey.data?.keyId
          ? t('verify.keyId', { keyId: publicKey.data.keyId })
          : t('verify.noKeyYet')}
      </Text>
    </Stack>
  );
}
