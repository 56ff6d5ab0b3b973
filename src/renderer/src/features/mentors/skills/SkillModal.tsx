import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { skillSaveSchema, type Skill } from '../../../../../shared/domain/mentoring';
import { useKaonaMutation } from '../../../api';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormFooter } from '../../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../../components/forms/server-errors';
import { mentorsKeys } from '../mentors-queries';

type SkillInput = z.input<typeof skillSaveSchema>;
type SkillOutput = z.output<typeof skillSaveSchema>;

interface SkillModalProps {
  /** null: a new skill, with a code of its own. */
  skill: Skill | null;
  nextOrder: number;
  onClose: () => void;
}

/** Add a skill, or rename, re-order, retire or restore one; a code never changes. */
export function SkillModal({ skill, nextOrder, onClose }: SkillModalProps) {
  const { t } = useTranslation(['mentors', 'shell']);
  const form = useForm<SkillInput, unknown, SkillOutput>({
    resolver: zodResolver(skillSaveSchema),
    defaultValues: skill
      ? {
          code: skill.code,
          labelTh: skill.labelTh,
          labelEn: skill.labelEn,
          active: skill.active,
          sortOrder: skill.sortOrder,
        }
      : { code: '', labelTh: '', labelEn: '', active: true, sortOrder: nextOrder },
  });
  const { errors, isSubmitting } = form.formState;
  const save = useKaonaMutation({
    call: (api, input: SkillOutput) => api.mentors.saveSkill(input),
    invalidates: [mentorsKeys.skills()],
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      notifications.show({
        color: 'teal',
        message: t('skills.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: ['code', 'labelTh', 'labelEn', 'sortOrder', 'active'],
        reasons: { skill_code_taken: 'code', skill_unknown: 'code' },
      });
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={skill ? t('skills.editTitle', { code: skill.code }) : t('skills.addTitle')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            {...form.register('code')}
            label={t('skills.code')}
            description={t('skills.codeHint')}
            readOnly={skill !== null}
            withAsterisk={skill === null}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            error={fieldErrorMessage(errors.code, t)}
          />
          <TextInput
            {...form.register('labelTh')}
            label={t('skills.labelTh')}
            withAsterisk
            autoComplete="off"
            error={fieldErrorMessage(errors.labelTh, t)}
          />
          <TextInput
            {...form.register('labelEn')}
            label={t('skills.labelEn')}
            withAsterisk
            autoComplete="off"
            error={fieldErrorMessage(errors.labelEn, t)}
          />
          <Controller
            control={form.control}
            name="sortOrder"
            render={({ field, fieldState }) => (
              <NumberInput
                ref={field.ref}
                name={field.name}
                onBlur={field.onBlur}
                value={Number.isNaN(field.value) ? '' : field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                label={t('skills.sortOrder')}
                min={0}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                styles={{ wrapper: { maxWidth: 160 } }}
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Checkbox
            {...form.register('active')}
            label={t('skills.active')}
            description={t('skills.activeHint')}
          />
          <FormFooter
            submitLabel={t('skills.save')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
