import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '../../../components/field-error';

interface TextListFieldProps {
  legend: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  max: number;
  /** react-hook-form's errors of the list: its own (too many) and each item's by index. */
  error?: unknown;
}

/** A short list of lines (enclosures, references): add, edit, remove. */
export function TextListField({ legend, value, onChange, max, error }: TextListFieldProps) {
  const { t } = useTranslation(['referrals', 'shell']);
  const errors = (error ?? {}) as Partial<Record<number, FieldError>> & {
    root?: FieldError;
    type?: string;
  };
  const listError =
    errors.root ?? (typeof errors.type === 'string' ? (error as FieldError) : undefined);
  const set = (index: number, text: string) =>
    onChange(value.map((item, i) => (i === index ? text : item)));
  return (
    <Fieldset
      legend={
        <Text size="sm" fw={500} component="span">
          {legend}
        </Text>
      }
      variant="unstyled"
    >
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.noItems')}
          </Text>
        )}
        {value.map((item, index) => {
          const number = index + 1;
          return (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`${legend} ${t('form.itemLabel', { number })}`}
                value={item}
                onChange={(event) => set(index, event.currentTarget.value)}
                maxLength={200}
                autoComplete="off"
                style={{ flex: 1 }}
                error={fieldErrorMessage(errors[index], t)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`${legend}: ${t('form.removeItem', { number })}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        {listError && (
          <Text size="sm" c="red">
            {fieldErrorMessage(listError, t)}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            disabled={value.length >= max}
            onClick={() => onChange([...value, ''])}
            aria-label={`${legend}: ${t('form.addItem')}`}
          >
            {t('form.addItem')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
