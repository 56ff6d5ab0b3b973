import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  /** The page's one level-1 heading. */
  title: string;
  /** A sentence or two on what the page is for. */
  description?: ReactNode;
  /** Buttons for the page as a whole ("add an account"), at the heading's right. */
  actions?: ReactNode;
}

/** The top of every signed-in page, so that they all read the same way. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Stack gap="xs" maw={760}>
        <Title order={1}>{title}</Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions && (
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}
