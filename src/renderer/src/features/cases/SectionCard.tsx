import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SectionCardProps {
  title: string;
  /** Absent when the role may not change this section. */
  onEdit?: () => void;
  /** Why "edit" is not available yet (the values must be shown first). */
  editDisabledReason?: string;
  children: ReactNode;
}

/** One part of the profile, read-only, with its own "edit". */
export function SectionCard({ title, onEdit, editDisabledReason, children }: SectionCardProps) {
  const { t } = useTranslation('cases');
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          {onEdit && (
            <Button
              size="compact-sm"
              variant="default"
              onClick={onEdit}
              disabled={!!editDisabledReason}
              title={editDisabledReason}
              aria-label={`${t('profile.edit')} ${title}`}
            >
              {t('profile.edit')}
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
