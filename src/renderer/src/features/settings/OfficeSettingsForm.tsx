import { zodResolver } from '@hookform/resolvers/zod';
import { NumberInput, Paper, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  IDLE_LOCK_MINUTES,
  NO_SESSION_DAYS,
  REFERRAL_REPLY_DAYS,
  BACKUP_REMINDER_DAYS,
  RETENTION_YEARS,
  officeSettingsSchema,
  type OfficeSettings,
} from '../../../../shared/domain/office-settings';
import { useKaonaMutation } from '../../api';
import { useSession } from '../../app/session/session-context';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { settingsKeys } from './settings-queries';

const SETTINGS_FIELDS = {
  fields: [
    'agencyName',
    'idleLockMinutes',
    'noSessionDays',
    'referralReplyDays',
    'backupReminderDays',
    'retentionYears',
  ],
} as const;

export function OfficeSettingsForm({ initial }: { initial: OfficeSettings }) {
  const { t } = useTranslation(['settings', 'shell']);
  const session = useSession();
  const form = useForm<OfficeSettings>({
    resolver: zodResolver(officeSettingsSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  const save = useKaonaMutation({
    call: (api, settings: OfficeSettings) => api.settings.update(settings),
    invalidates: [settingsKeys.all],
  });

  const submit = form.handleSubmit(async (settings) => {
    try {
      form.reset(await save.mutateAsync(settings));
      notifications.show({
        color: 'teal',
        message: t('saved'),
        withBorder: true,
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      // The signed-in shell holds the agency name and the idle-lock time: refresh them.
      void session.refresh();
    } catch (error) {
      reportServerError(error, form.setError, SETTINGS_FIELDS);
    }
  });

  return (
    <Paper withBorder p="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput
            {...form.register('agencyName')}
            label={t('agencyName')}
            description={t('agencyNameHint')}
            withAsterisk
            autoComplete="off"
            error={errors.agencyName && t('agencyNameError')}
          />
          <WholeNumberSetting
            control={form.control}
            name="idleLockMinutes"
            range={IDLE_LOCK_MINUTES}
            label={t('idleLockMinutes')}
            hint={t('idleLockMinutesHint')}
            error={t('idleLockMinutesError')}
          />
          <WholeNumberSetting
            control={form.control}
            name="noSessionDays"
            range={NO_SESSION_DAYS}
            label={t('noSessionDays')}
            hint={t('noSessionDaysHint')}
            error={t('noSessionDaysError')}
          />
          <WholeNumberSetting
            control={form.control}
            name="referralReplyDays"
            range={REFERRAL_REPLY_DAYS}
            label={t('referralReplyDays')}
            hint={t('referralReplyDaysHint')}
            error={t('referralReplyDaysError')}
          />
          <WholeNumberSetting
            control={form.control}
            name="backupReminderDays"
            range={BACKUP_REMINDER_DAYS}
            label={t('backupReminderDays')}
            hint={t('backupReminderDaysHint')}
            error={t('backupReminderDaysError')}
          />
          <WholeNumberSetting
            control={form.control}
            name="retentionYears"
            range={RETENTION_YEARS}
            label={t('retentionYears')}
            hint={t('retentionYearsHint')}
            error={t('retentionYearsError')}
          />
          <FormFooter
            submitLabel={t('save')}
            pending={isSubmitting}
            submitDisabled={!isDirty}
            error={formLevelError(errors)}
            justify="flex-start"
          />
        </Stack>
      </form>
    </Paper>
  );
}

/** A whole number of minutes or days within the setting's range, required. */
function WholeNumberSetting(props: {
  control: Control<OfficeSettings>;
  name:
    | 'idleLockMinutes'
    | 'noSessionDays'
    | 'referralReplyDays'
    | 'backupReminderDays'
    | 'retentionYears';
  range: { min: number; max: number };
  label: string;
  hint: string;
  error: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          // An empty box is NaN to the form, which the schema refuses with the range message.
          value={Number.isNaN(field.value) ? '' : field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          label={props.label}
          description={props.hint}
          withAsterisk
          min={props.range.min}
          max={props.range.max}
          allowDecimal={false}
          allowNegative={false}
          // Say what is wrong rather than silently changing what the admin typed.
          clampBehavior="none"
          // Only the box is narrow; the label and hint keep the form's width.
          styles={{ wrapper: { maxWidth: 200 } }}
          error={fieldState.error && props.error}
        />
      )}
    />
  );
}
