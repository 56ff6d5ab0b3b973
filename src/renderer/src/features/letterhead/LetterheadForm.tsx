import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Grid,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  letterheadSaveSchema,
  type Letterhead,
  type Signer,
} from '../../../../shared/domain/documents';
import { toKaonaApiError, useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { ImageUpload } from './ImageUpload';
import { NumberExample, WatchedPreview } from './LetterheadWatch';
import { letterheadKeys } from './letterhead-queries';

type FormInput = z.input<typeof letterheadSaveSchema>;
type FormOutput = z.output<typeof letterheadSaveSchema>;

const FIELDS = [
  'agencyName',
  'addressLines',
  'phone',
  'fax',
  'email',
  'owningDivision',
  'numberPrefix',
  'thaiDigits',
  'emblemImageId',
  'defaultLetterSignerId',
  'defaultCertificateSignerIds',
] as const;

function formValues(letterhead: Letterhead): FormInput {
  return {
    agencyName: letterhead.agencyName,
    addressLines: letterhead.addressLines.join('\n'),
    phone: letterhead.phone,
    fax: letterhead.fax,
    email: letterhead.email,
    owningDivision: letterhead.owningDivision,
    numberPrefix: letterhead.numberPrefix,
    thaiDigits: letterhead.thaiDigits,
    emblemImageId: letterhead.emblemImageId,
    defaultLetterSignerId: letterhead.defaultLetterSignerId,
    defaultCertificateSignerIds: letterhead.defaultCertificateSignerIds,
    version: letterhead.version,
  };
}

interface LetterheadFormProps {
  initial: Letterhead;
  signers: Signer[];
  /** Someone saved in between: the page reloads the letterhead and says so. */
  onStale: () => void;
}

/** The office's letterhead: what letters and certificates print, and who signs them. */
export function LetterheadForm({ initial, signers, onStale }: LetterheadFormProps) {
  const { t } = useTranslation(['letterhead', 'documents', 'shell']);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(letterheadSaveSchema),
    defaultValues: formValues(initial),
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const save = useKaonaMutation({
    call: (api, input: FormInput) => api.letterhead.save(input),
    invalidates: [letterheadKeys.letterhead()],
  });
  const signerOptions = signers
    .filter((signer) => signer.active)
    .map((signer) => ({ value: String(signer.signerId), label: signer.fullName }));

  // Main parses the form's own values (lines split, digits converted) with the same schema.
  const submit = form.handleSubmit(async () => {
    try {
      form.reset(formValues(await save.mutateAsync(form.getValues())));
      notifications.show({
        color: 'teal',
        message: t('saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
    } catch (error) {
      if (toKaonaApiError(error).reason === 'stale_version') {
        onStale();
        return;
      }
      reportServerError(error, form.setError, {
        fields: FIELDS,
        reasons: {
          image_not_found: 'emblemImageId',
          signer_not_found: 'defaultLetterSignerId',
          signer_inactive: 'defaultLetterSignerId',
          signer_repeated: 'defaultCertificateSignerIds',
        },
      });
    }
  });

  const error = (name: Exclude<(typeof FIELDS)[number], 'defaultCertificateSignerIds'>) =>
    fieldErrorMessage(errors[name], t);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="letterhead-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Title order={2} size="h3" id="letterhead-form-title">
            {t('form.title')}
          </Title>
          {!initial.configured && (
            <Alert color="yellow" variant="light">
              {t('form.notConfigured')}
            </Alert>
          )}
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('preview.title')}
            </Text>
            <WatchedPreview control={form.control} />
          </Stack>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                <TextInput
                  {...form.register('agencyName')}
                  label={t('form.agencyName')}
                  description={t('form.agencyNameHint')}
                  withAsterisk
                  autoComplete="off"
                  error={error('agencyName')}
                />
                <Textarea
                  {...form.register('addressLines')}
                  label={t('form.address')}
                  description={t('form.addressHint')}
                  withAsterisk
                  autosize
                  minRows={3}
                  maxRows={6}
                  error={error('addressLines')}
                />
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      {...form.register('phone')}
                      label={t('form.phone')}
                      autoComplete="off"
                      error={error('phone')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      {...form.register('fax')}
                      label={t('form.fax')}
                      autoComplete="off"
                      error={error('fax')}
                    />
                  </Grid.Col>
                </Grid>
                <TextInput
                  {...form.register('email')}
                  label={t('form.email')}
                  type="email"
                  autoComplete="off"
                  error={error('email')}
                />
                <TextInput
                  {...form.register('owningDivision')}
                  label={t('form.owningDivision')}
                  description={t('form.owningDivisionHint')}
                  withAsterisk
                  autoComplete="off"
                  error={error('owningDivision')}
                />
                <TextInput
                  {...form.register('numberPrefix')}
                  label={t('form.numberPrefix')}
                  description={<NumberExample control={form.control} />}
                  withAsterisk
                  autoComplete="off"
                  w={320}
                  error={error('numberPrefix')}
                />
                <Controller
                  control={form.control}
                  name="thaiDigits"
                  render={({ field }) => (
                    <Switch
                      ref={field.ref}
                      name={field.name}
                      onBlur={field.onBlur}
                      checked={field.value}
                      onChange={(event) => field.onChange(event.currentTarget.checked)}
                      label={t('form.thaiDigits')}
                      description={t('form.thaiDigitsHint')}
                    />
                  )}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="md">
                <Controller
                  control={form.control}
                  name="emblemImageId"
                  render={({ field }) => (
                    <ImageUpload
                      purpose="emblem"
                      label={t('emblem')}
                      hint={t('emblemHint')}
                      imageId={field.value}
                      onChange={(imageId) => field.onChange(imageId)}
                    />
                  )}
                />
                {errors.emblemImageId && (
                  <Text size="sm" c="red">
                    {error('emblemImageId')}
                  </Text>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
          <Controller
            control={form.control}
            name="defaultLetterSignerId"
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                label={t('form.letterSigner')}
                description={t('form.letterSignerHint')}
                data={signerOptions}
                value={field.value === null ? null : String(field.value)}
                onChange={(value) => field.onChange(value === null ? null : Number(value))}
                clearable
                maw={420}
                nothingFoundMessage={t('form.noSigners')}
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="defaultCertificateSignerIds"
            render={({ field, fieldState }) => (
              <MultiSelect
                ref={field.ref}
                label={t('form.certificateSigners')}
                description={t('form.certificateSignersHint')}
                data={signerOptions}
                value={field.value.map(String)}
                onChange={(values) => field.onChange(values.map(Number))}
                maxValues={2}
                clearable
                maw={520}
                nothingFoundMessage={t('form.noSigners')}
                error={fieldErrorMessage(
                  fieldState.error ?? errors.defaultCertificateSignerIds?.[0],
                  t,
                )}
              />
            )}
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
