import { Group, Radio } from '@mantine/core';
import { Controller, useFormContext, type FieldPath } from 'react-hook-form';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';

interface ChoiceFieldProps {
  name: FieldPath<IntakeFormValues>;
  label: string;
  options: readonly string[];
  labelOf: (option: string) => string;
  /** A column for long labels (departments), a row for short ones (sex). */
  vertical?: boolean;
  onValueChange?: (value: string) => void;
}

/**
 * One of a short list as radio buttons: every choice visible, arrows move between them, and
 * nothing is chosen until the clerk chooses (the form starts the value at null).
 */
export function ChoiceField({
  name,
  label,
  options,
  labelOf,
  vertical = false,
  onValueChange,
}: ChoiceFieldProps) {
  const { control } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  const Layout = vertical ? 'div' : Group;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Radio.Group
          ref={field.ref}
          name={field.name}
          label={label}
          withAsterisk
          value={typeof field.value === 'string' ? field.value : null}
          onChange={(value) => {
            field.onChange(value);
            onValueChange?.(value);
          }}
          error={errorOf(name)}
        >
          <Layout mt="xs" style={vertical ? { display: 'grid', gap: 8 } : undefined}>
            {options.map((option) => (
              <Radio key={option} value={option} label={labelOf(option)} onBlur={field.onBlur} />
            ))}
          </Layout>
        </Radio.Group>
      )}
    />
  );
}
