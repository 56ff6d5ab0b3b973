import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { signerSaveSchema, type Signer } from '../../../../shared/domain/documents';
import { toKaonaApiError, useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormModal } from '../../components/forms/FormModal';
import { reportServerError } from '../../components/forms/server-errors';
import { ImageUpload } from './ImageUpload';
import { letterheadKeys, letterheadQueries } from './letterhead-queries';

type SignerInput = z.input<typeof signerSaveSchema>;
type SignerOutput = z.output<typeof signerSaveSchema>;

function signerValues(signer: Signer | null): SignerInput {
  return signer
    ? {
        signerId: signer.signerId,
        fullName: signer.fullName,
        positionLines: signer.positionLines.join('\n'),
        signatureImageId: signer.signatureImageId,
        active: signer.active,
        version: signer.version,
      }
    : { fullName: '', positionLines: '', signatureImageId: null, active: true, version: 0 };
}

/** Add a signer, or change one (a signer is never deleted: retiring keeps issued documents). */
export function SignerModal({ signer, onClose }: { signer: Signer | null; onClose: () => void }) {
  const { t } = useTranslation(['letterhead', 'documents', 'shell']);
  const queryClient = useQueryClient();
  const form = useForm<SignerInput, unknown, SignerOutput>({
    resolver: zodResolver(signerSaveSchema),
    defaultValues: signerValues(signer),
  });
  const { errors } = form.formState;
  const save = useKaonaMutation({
    call: (api, input: SignerInput) => api.letterhead.saveSigner(input),
    invalidates: [letterheadKeys.signers()],
  });
  // Main parses the form's own values (position lines split) with the same schema.
  const submit = form.handleSubmit(async () => {
    try {
      await save.mutateAsync(form.getValues());
      notifications.show({
        color: 'teal',
        message: t('signers.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      // Someone saved this signer in between: the dialog now shows what main has, and says so.
      if (toKaonaApiError(error).reason === 'stale_version' && signer) {
        const fresh = await queryClient
          .fetchQuery({ ...letterheadQueries.signers(), staleTime: 0 })
          .catch((): Signer[] => []);
        const current = fresh.find((candidate) => candidate.signerId === signer.signerId);
        if (current) form.reset(signerValues(current));
      }
      reportServerError(error, form.setError, {
        fields: ['fullName', 'positionLines', 'signatureImageId', 'active'],
        reasons: { signer_is_default: 'active' },
      });
    }
  });
  return (
    <FormModal
      title={signer ? t('signers.editTitle') : t('signers.addTitle')}
      submitLabel={t('signers.save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        {...form.register('fullName')}
        label={t('signers.fullName')}
        description={t('signers.fullNameHint')}
        withAsterisk
        autoComplete="off"
        data-autofocus
        error={fieldErrorMessage(errors.fullName, t)}
      />
      <Textarea
        {...form.register('positionLines')}
        label={t('signers.position')}
        description={t('signers.positionHint')}
        withAsterisk
        autosize
        minRows={2}
        maxRows={6}
        error={fieldErrorMessage(errors.positionLines, t)}
      />
      <Controller
        control={form.control}
        name="signatureImageId"
        render={({ field }) => (
          <ImageUpload
            purpose="signature"
            label={t('signers.signature')}
            hint={t('signers.signatureHint')}
            imageId={field.value}
            onChange={(imageId) => field.onChange(imageId)}
          />
        )}
      />
      <Checkbox
        {...form.register('active')}
        label={t('signers.active')}
        description={t('signers.activeHint')}
        error={fieldErrorMessage(errors.active, t)}
      />
    </FormModal>
  );
}
