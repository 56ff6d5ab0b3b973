import { Button, Group, Stack, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';

interface FormFooterProps {
  submitLabel: string;
  /** The call is under way: submit shows a spinner and cancel waits for the answer. */
  pending: boolean;
  /** A refusal that belongs to no single field (see `formLevelError`). */
  error?: unknown;
  /** The alert's title; by default "could not be done". */
  errorTitle?: string;
  onCancel?: () => void;
  /** For a confirmation without a form: the button calls this instead of submitting. */
  onConfirm?: () => void;
  submitColor?: MantineColor;
  submitDisabled?: boolean;
  /** Focus "cancel" when the dialog opens: for a confirmation that cannot be undone. */
  focusCancel?: boolean;
  /** Where the buttons sit: dialogs put them at the right, page forms at the left. */
  justify?: 'flex-start' | 'flex-end';
}

/** The end of a form: what main refused for the form as a whole, then cancel and submit. */
export function FormFooter({
  submitLabel,
  pending,
  error,
  errorTitle,
  onCancel,
  onConfirm,
  submitColor,
  submitDisabled = false,
  focusCancel = false,
  justify = 'flex-end',
}: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {error !== undefined && error !== null && (
        <ErrorAlert title={errorTitle ?? t('forms.failed')} error={error} />
      )}
      <Group justify={justify}>
        {onCancel && (
          <Button
            variant="default"
            onClick={onCancel}
            disabled={pending}
            data-autofocus={focusCancel || undefined}
          >
            {t('forms.cancel')}
          </Button>
        )}
        <Button
          type={onConfirm ? 'button' : 'submit'}
          onClick={onConfirm}
          loading={pending}
          disabled={submitDisabled}
          color={submitColor}
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
