import { Checkbox } from '@mantine/core';
import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form';
import type { IntakeFormValues } from '../intake-form';

interface FlagFieldProps {
  name: FieldPathByValue<IntakeFormValues, boolean>;
  label: string;
  description?: string;
  onValueChange?: (checked: boolean) => void;
}

/** A yes/no fact as one checkbox, controlled so that a resumed draft shows it ticked. */
export function FlagField({ name, label, description, onValueChange }: FlagFieldProps) {
  const { control } = useFormContext<IntakeFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          checked={field.value}
          onChange={(event) => {
            field.onChange(event.currentTarget.checked);
            onValueChange?.(event.currentTarget.checked);
          }}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
