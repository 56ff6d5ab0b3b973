import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_OWNERS } from '../../../../shared/domain/mentoring';
import { addDays, bangkokToday } from '../../../../shared/thai';
import { BuddhistDateField } from '../../components/buddhist-date';
import { fieldErrorMessage } from '../../components/field-error';
import type { SessionFormValues } from './session-form';

const ACTIONS_MAX = 20;

/** What was agreed: each with what, who and by when (react-hook-form's field array). */
export function AgreedActionsField() {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { control, register, formState } = useFormContext<SessionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'actions' });
  const errors = formState.errors.actions;
  return (
    <Fieldset legend={t('session.actions')} variant="filled">
      <Stack gap="md">
        {fields.map((item, index) => {
          const number = index + 1;
          return (
            <Fieldset
              key={item.id}
              legend={t('session.actionNumber', { number })}
              variant="unstyled"
            >
              <Stack gap="xs">
                <TextInput
                  {...register(`actions.${index}.description`)}
                  label={t('session.actionDescription')}
                  withAsterisk
                  autoComplete="off"
                  error={fieldErrorMessage(errors?.[index]?.description, t)}
                />
                <Group align="flex-start" gap="md">
                  <NativeSelect
                    {...register(`actions.${index}.owner`)}
                    label={t('session.actionOwner')}
                    data={ACTION_OWNERS.map((owner) => ({
                      value: owner,
                      label: t(`codes.owners.${owner}`),
                    }))}
                  />
                  <Controller
                    control={control}
                    name={`actions.${index}.dueOn`}
                    render={({ field, fieldState }) => (
                      <BuddhistDateField
                        label={t('session.actionDue')}
                        withAsterisk
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        inputRef={field.ref}
                        error={fieldErrorMessage(fieldState.error, t)}
                      />
                    )}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={t('session.removeAction', { number })}
                    onClick={() => remove(index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            variant="light"
            disabled={fields.length >= ACTIONS_MAX}
            onClick={() =>
              append({
                description: '',
                owner: 'beneficiary',
                dueOn: addDays(bangkokToday(), 7),
              })
            }
          >
            {t('session.addAction')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
