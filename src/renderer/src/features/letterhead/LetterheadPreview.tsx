import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { withDigits } from '../../../../shared/thai/thai-digits';
import { StoredImagePreview } from './ImageUpload';
import { numberExample } from './number-example';

interface LetterheadPreviewProps {
  agencyName: string;
  address: string;
  numberPrefix: string;
  thaiDigits: boolean;
  emblemImageId: number | null;
}

/**
 * The head of a letter (หนังสือภายนอก) as the settings would print it: the emblem centred, the
 * number at the left, the agency and its address at the right. A sketch for the admin, not the
 * print template: the letter itself is always Thai, so the sample text here is too.
 */
export function LetterheadPreview({
  agencyName,
  address,
  numberPrefix,
  thaiDigits,
  emblemImageId,
}: LetterheadPreviewProps) {
  const { t } = useTranslation('letterhead');
  const digits = thaiDigits ? 'thai' : 'arabic';
  const lines = address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <Paper
      withBorder
      shadow="xs"
      px="xl"
      py="md"
      maw={760}
      aria-label={t('preview.label')}
      component="figure"
      m={0}
    >
      <Stack gap="xs" ff="Sarabun, sans-serif">
        <Box h={72} style={{ display: 'grid', placeItems: 'center' }}>
          {emblemImageId !== null ? (
            <StoredImagePreview imageId={emblemImageId} alt={t('emblem')} h={72} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('preview.noEmblem')}
            </Text>
          )}
        </Box>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm">{numberExample(numberPrefix, thaiDigits)}</Text>
          <Stack gap={0} maw="50%">
            <Text size="sm">{agencyName || t('preview.agencyPlaceholder')}</Text>
            {lines.map((line, index) => (
              <Text size="sm" key={index}>
                {withDigits(line, digits)}
              </Text>
            ))}
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}
