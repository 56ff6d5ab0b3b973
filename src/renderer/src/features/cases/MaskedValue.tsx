import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevealableField } from '../../../../shared/domain/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { RevealState } from './use-reveal';

interface MaskedValueProps {
  field: RevealableField;
  /** What is shown while hidden (the masked national ID, "recorded (hidden)"). */
  masked: ReactNode;
  /** The value once revealed. */
  shown: ReactNode;
  canReveal: boolean;
  reveal: RevealState;
  /** Nothing recorded: nothing to show. */
  empty?: boolean;
}

/** A sensitive value: masked, with "show" for a role allowed to see it (each showing audited). */
export function MaskedValue({ field, masked, shown, canReveal, reveal, empty }: MaskedValueProps) {
  const { t } = useTranslation('cases');
  const isShown = reveal.revealed[field] !== undefined;
  const pending = reveal.reveal.isPending && reveal.reveal.variables === field;
  const failed = reveal.reveal.isError && reveal.reveal.variables === field;
  return (
    <>
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <div>{isShown ? shown : <Text c="dimmed">{masked}</Text>}</div>
        {canReveal && !empty && (
          <Button
            size="compact-sm"
            variant="light"
            loading={pending}
            onClick={() => (isShown ? reveal.hide(field) : reveal.reveal.mutate(field))}
            title={isShown ? undefined : t('profile.revealHint')}
          >
            {isShown ? t('profile.hide') : t('profile.show')}
          </Button>
        )}
      </Group>
      {failed && <ErrorAlert title={t('profile.revealFailed')} error={reveal.reveal.error} />}
    </>
  );
}
