import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Modal, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SESSION_MODES,
  type AdvisorySession,
  type AgreedAction,
  type MenteeSummary,
  type TopicOption,
} from '../../../../shared/domain/mentoring';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BuddhistDateField, TimeField } from '../../components/buddhist-date';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { AgreedActionsField } from './AgreedActionsField';
import { DurationField } from './DurationField';
import { mentorChangeStales, mentoringQueries } from './mentoring-queries';
import {
  SESSION_FORM_FIELDS,
  SESSION_REASON_FIELDS,
  sessionDefaults,
  sessionFormSchema,
  type SessionFormMode,
  type SessionFormValues,
} from './session-form';
import { TopicsField } from './TopicsField';
import { useRefreshOnConflict } from './use-refresh-on-conflict';

interface SessionLogModalProps {
  mode: SessionFormMode;
  caseId: number;
  /** The session edited or corrected. */
  session?: AdvisorySession;
  /** Offered as "log for whom" when the form is opened from the top of the workspace. */
  mentees?: readonly MenteeSummary[];
  /** Earlier open actions that this session may tick off (of any listed mentee). */
  openActions: readonly AgreedAction[];
  onClose: () => void;
}

/** The advisory session log: a new session, an edit within the window, or a correction. */
export function SessionLogModal(props: SessionLogModalProps) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const topics = useQuery(mentoringQueries.topics());
  const title = {
    new: t('session.titleNew'),
    edit: t('session.titleEdit'),
    correct: t('session.titleCorrect'),
  }[props.mode];
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      {topics.status === 'error' ? (
        <ErrorAlert
          title={t('session.topicsFailed')}
          error={topics.error}
          onRetry={() => void topics.refetch()}
          retrying={topics.isFetching}
        />
      ) : (
        <SessionLogForm {...props} topics={topics.data ?? []} />
      )}
    </Modal>
  );
}

function SessionLogForm({
  mode,
  caseId,
  session,
  mentees,
  openActions,
  topics,
  onClose,
}: SessionLogModalProps & { topics: readonly TopicOption[] }) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const form = useForm<SessionFormValues>({
    resolver: zodResolver(sessionFormSchema(mode)),
    defaultValues: sessionDefaults(caseId, mode, session),
  });
  const { errors, isSubmitting } = form.formState;
  const chosenCase = useWatch({ control: form.control, name: 'caseId' });
  const save = useKaonaMutation({
    call: (api, values: SessionFormValues) => {
      const { caseId: forCase, correctionNote, ...fields } = values;
      if (mode === 'edit' && session)
        return api.mentoring.editSession({
          sessionId: session.sessionId,
          expectedRevision: session.revision,
          ...fields,
        });
      if (mode === 'correct' && session)
        return api.mentoring.correctSession({
          correctsSessionId: session.sessionId,
          ...fields,
          correctionNote: correctionNote ?? '',
        });
      return api.mentoring.logSession({ caseId: forCase, ...fields });
    },
    invalidates: mentorChangeStales(),
  });
  const refreshOnConflict = useRefreshOnConflict(mentorChangeStales(caseId));
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      notifications.show({
        color: 'teal',
        message: t('session.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      refreshOnConflict(error);
      reportServerError(error, form.setError, {
        fields: SESSION_FORM_FIELDS,
        reasons: SESSION_REASON_FIELDS,
      });
    }
  });
  const completable = openActions.filter(
    (action) => action.caseId === chosenCase && action.sessionId !== session?.sessionId,
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {mentees && mode === 'new' && (
            <Controller
              control={form.control}
              name="caseId"
              render={({ field }) => (
                <NativeSelect
                  ref={field.ref}
                  label={t('workspace.chooseMentee')}
                  withAsterisk
                  value={String(field.value)}
                  onChange={(event) => {
                    field.onChange(Number(event.currentTarget.value));
                    form.setValue('completedActionIds', []);
                  }}
                  data={mentees.map((mentee) => ({
                    value: String(mentee.caseId),
                    label: mentee.nickname
                      ? `${mentee.displayName} (${mentee.nickname})`
                      : mentee.displayName,
                  }))}
                />
              )}
            />
          )}
          <Group align="flex-start" gap="md">
            <Controller
              control={form.control}
              name="heldOn"
              render={({ field, fieldState }) => (
                <BuddhistDateField
                  label={t('session.heldOn')}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldErrorMessage(fieldState.error, t)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="heldTime"
              render={({ field, fieldState }) => (
                <TimeField
                  label={t('session.heldTime')}
                  description={t('session.heldTimeHint')}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldErrorMessage(fieldState.error, t)}
                />
              )}
            />
          </Group>
          <DurationField />
          <Controller
            control={form.control}
            name="mode"
            render={({ field, fieldState }) => (
              <Radio.Group
                label={t('session.mode')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={fieldErrorMessage(fieldState.error, t)}
              >
                <Group gap="lg" mt="xs">
                  {SESSION_MODES.map((value) => (
                    <Radio key={value} value={value} label={t(`codes.modes.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <TopicsField topics={topics} />
          <Textarea
            {...form.register('summary')}
            label={t('session.summary')}
            withAsterisk
            autosize
            minRows={3}
            error={fieldErrorMessage(errors.summary, t)}
          />
          <AgreedActionsField />
          {completable.length > 0 && (
            <Controller
              control={form.control}
              name="completedActionIds"
              render={({ field, fieldState }) => (
                <Checkbox.Group
                  label={t('session.completed')}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldErrorMessage(fieldState.error, t)}
                >
                  <Stack gap="xs" mt="xs">
                    {completable.map((action) => (
                      <Checkbox
                        key={action.actionId}
                        value={action.actionId}
                        label={action.description}
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
          )}
          <Controller
            control={form.control}
            name="nextSessionOn"
            render={({ field, fieldState }) => (
              <BuddhistDateField
                label={t('session.nextSessionOn')}
                description={t('session.nextSessionHint')}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(value === '' ? null : value)}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          {mode === 'correct' && (
            <Textarea
              {...form.register('correctionNote')}
              label={t('session.correctionNote')}
              withAsterisk
              autosize
              minRows={2}
              error={fieldErrorMessage(errors.correctionNote, t)}
            />
          )}
          <FormFooter
            submitLabel={t('session.save')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
