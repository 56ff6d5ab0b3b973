import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorProfile } from '../../../../../shared/domain/mentoring';
import { useLanguage } from '../../../app/providers/language-context';
import { DetailsTable } from '../../../components/DetailsTable';
import { formatDate } from '../../../i18n/format';
import { useProvinceNames } from '../use-province-names';
import { useSkillLabels } from '../use-skill-labels';

/** The profile as everyone who reads cases sees it. */
export function ProfileView({ profile }: { profile: MentorProfile }) {
  const { t } = useTranslation(['mentors', 'cases', 'auth', 'shell']);
  const { language } = useLanguage();
  const skills = useSkillLabels();
  const provinces = useProvinceNames();
  const none = t('shell:common.none');
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  const date = (iso: string) => formatDate(iso, language);
  const availability =
    profile.availableFrom || profile.availableUntil
      ? [
          profile.availableFrom && t('profile.from', { date: date(profile.availableFrom) }),
          profile.availableUntil && t('profile.until', { date: date(profile.availableUntil) }),
        ]
          .filter(Boolean)
          .join(' ')
      : t('profile.always');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('profile.details')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color={profile.active ? 'teal' : 'gray'} variant="light">
            {profile.active ? t('registry.active') : t('registry.inactive')}
          </Badge>
          {profile.isExternal && (
            <Badge color="grape" variant="light">
              {t('registry.external')}
            </Badge>
          )}
          {!profile.accountActive && (
            <Text size="sm" c="red.9">
              {t('profile.accountInactive')}
            </Text>
          )}
        </Group>
        <DetailsTable
          rows={[
            {
              label: t('fields.organisationKind'),
              value: t(`codes.organisationKinds.${profile.organisationKind}`),
            },
            { label: t('fields.organisationName'), value: profile.organisationName || none },
            ...(profile.department
              ? [
                  {
                    label: t('fields.department'),
                    value: t(`cases:codes.departments.${profile.department}`),
                  },
                ]
              : []),
            { label: t('fields.skills'), value: list(skills.labels(profile.skills)) },
            {
              label: t('fields.productCategories'),
              value: list(
                profile.productCategories.map((code) => t(`cases:codes.productCategories.${code}`)),
              ),
            },
            {
              label: t('fields.provinceIds'),
              // "Online" alone read as a province's name.
              value: profile.onlineOnly
                ? t('fields.onlineOnly')
                : list(profile.provinceIds.map(provinces.name)),
            },
            {
              label: t('fields.languages'),
              value: list(profile.languages.map((code) => t(`cases:codes.languages.${code}`))),
            },
            {
              label: t('columns.load'),
              value: t('registry.loadLabel', {
                active: profile.activeMentees,
                capacity: profile.capacity,
              }),
            },
            { label: t('fields.availability'), value: availability },
            { label: t('fields.contact'), value: profile.contact || none },
            {
              label: t('fields.notes'),
              value: profile.notes ? (
                <Text style={{ whiteSpace: 'pre-wrap' }}>{profile.notes}</Text>
              ) : (
                none
              ),
            },
          ]}
        />
      </Stack>
    </Paper>
  );
}
