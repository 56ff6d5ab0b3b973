import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreedAction } from '../../../../shared/domain/mentoring';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { mentorChangeStales } from './mentoring-queries';
import { useMentoringFormat } from './use-mentoring-format';
import { useRefreshOnConflict } from './use-refresh-on-conflict';

interface OpenActionsListProps {
  caseId: number;
  actions: readonly AgreedAction[];
  /** The mentor ticks actions off; the office's view only lists them. */
  canTick: boolean;
}

/** What was agreed and is not done yet, overdue ones marked. */
export function OpenActionsList({ caseId, actions, canTick }: OpenActionsListProps) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  const tick = useKaonaMutation({
    call: (api, action: AgreedAction) =>
      api.mentoring.tickAction({
        actionId: action.actionId,
        done: action.doneOn === null,
        expectedRevision: action.revision,
      }),
    invalidates: mentorChangeStales(caseId),
    onError: useRefreshOnConflict(mentorChangeStales(caseId)),
  });
  if (actions.length === 0) return <Text c="dimmed">{t('mentee.noOpenActions')}</Text>;
  return (
    <Stack gap="xs">
      {tick.error && <ErrorAlert title={t('mentee.openActions')} error={tick.error} />}
      {actions.map((action) => {
        // Spans only: a checkbox's description is a paragraph.
        const due = (
          <>
            <Text span size="sm" c="dimmed">
              {t('actions.due', {
                date: format.date(action.dueOn),
                owner: t(`codes.owners.${action.owner}`),
              })}
            </Text>
            {action.overdue && (
              <Text span size="sm" c="red.8" fw={600}>
                {' · '}
                {t('actions.overdue')}
              </Text>
            )}
          </>
        );
        return canTick ? (
          <Checkbox
            key={action.actionId}
            checked={action.doneOn !== null}
            disabled={tick.isPending}
            onChange={() => tick.mutate(action)}
            aria-label={t('actions.markDone', { description: action.description })}
            label={action.description}
            description={due}
          />
        ) : (
          <Stack key={action.actionId} gap={0}>
            <Text size="sm">{action.description}</Text>
            <Text size="sm">{due}</Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
