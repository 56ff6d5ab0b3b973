import { Checkbox, SimpleGrid } from '@mantine/core';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TopicOption } from '../../../../shared/domain/mentoring';
import { compareThai } from '../../../../shared/thai';
import { useLanguage } from '../../app/providers/language-context';
import { fieldErrorMessage } from '../../components/field-error';
import type { SessionFormValues } from './session-form';

/** The taxonomy's active topics, plus a retired one this session already names (an edit). */
export function TopicsField({ topics }: { topics: readonly TopicOption[] }) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { language } = useLanguage();
  const { control } = useFormContext<SessionFormValues>();
  const { field, fieldState } = useController({ control, name: 'topics' });
  const label = (topic: TopicOption) => (language === 'en' ? topic.labelEn : topic.labelTh);
  const shown = topics
    .filter((topic) => topic.active || field.value.includes(topic.code))
    .sort((a, b) => compareThai(label(a), label(b)));
  return (
    <Checkbox.Group
      label={t('session.topics')}
      withAsterisk
      value={field.value}
      onChange={field.onChange}
      error={fieldErrorMessage(fieldState.error, t)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {shown.map((topic, index) => (
          <Checkbox
            key={topic.code}
            ref={index === 0 ? field.ref : undefined}
            value={topic.code}
            label={label(topic)}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
