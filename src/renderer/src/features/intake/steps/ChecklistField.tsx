import { Checkbox, SimpleGrid } from '@mantine/core';
import { Controller, useFormContext, type FieldPath } from 'react-hook-form';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';

interface ChecklistFieldProps {
  name: FieldPath<IntakeFormValues>;
  label: string;
  description?: string;
  options: readonly string[];
  labelOf: (option: string) => string;
  withAsterisk?: boolean;
}

/** Several of a list (target groups, disability types) as checkboxes; Space ticks one. */
export function ChecklistField({
  name,
  label,
  description,
  options,
  labelOf,
  withAsterisk = false,
}: ChecklistFieldProps) {
  const { control } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          ref={field.ref}
          label={label}
          description={description}
          withAsterisk={withAsterisk}
          value={Array.isArray(field.value) ? (field.value as string[]) : []}
          // Kept in the list's own order, whatever order they were ticked in.
          onChange={(ticked) => field.onChange(options.filter((option) => ticked.includes(option)))}
          error={errorOf(name)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {options.map((option) => (
              <Checkbox key={option} value={option} label={labelOf(option)} onBlur={field.onBlur} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    />
  );
}
