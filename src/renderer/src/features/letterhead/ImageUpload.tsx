import { Alert, Box, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import {
  IMAGE_MAX_BYTES,
  IMAGE_MIME_TYPES,
  type StoredImage,
} from '../../../../shared/domain/documents';
import { errorMessage, useKaonaMutation } from '../../api';
import { fileToBase64 } from '../cases/attachment-bytes';
import { letterheadQueries } from './letterhead-queries';

interface ImageUploadProps {
  purpose: 'emblem' | 'signature';
  label: string;
  hint?: string;
  imageId: number | null;
  onChange: (imageId: number | null) => void;
}

/** The stored image as a picture, read through `letterhead.image` (a data: URL). */
export function StoredImagePreview({
  imageId,
  alt,
  h,
}: {
  imageId: number;
  alt: string;
  h: number;
}) {
  const image = useQuery(letterheadQueries.image(imageId));
  if (!image.data) return null;
  return <Image src={image.data.dataUrl} alt={alt} h={h} w="auto" fit="contain" />;
}

/**
 * Picks a PNG, JPEG or SVG and stores it at once; the field then holds the stored image's id.
 * Main checks the bytes (an SVG with script or external references is refused); the reason is
 * shown under the picker. A file over the limit is refused here before it is read.
 */
export function ImageUpload({ purpose, label, hint, imageId, onChange }: ImageUploadProps) {
  const { t } = useTranslation(['letterhead', 'shell']);
  const [refusal, setRefusal] = useState<string | null>(null);
  const resetPicker = useRef<() => void>(null);
  const upload = useKaonaMutation({
    call: (api, input: MethodInput<'letterhead.uploadImage'>) => api.letterhead.uploadImage(input),
  });

  async function pick(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    setRefusal(null);
    if (file.size > IMAGE_MAX_BYTES) {
      setRefusal(t('reasons.image_too_large'));
      return;
    }
    try {
      const stored: StoredImage = await upload.mutateAsync({
        purpose,
        dataBase64: await fileToBase64(file),
      });
      onChange(stored.imageId);
    } catch (error) {
      setRefusal(errorMessage(error, t));
    }
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      <Group gap="md" align="center">
        <Box
          w={120}
          h={80}
          bd="1px dashed var(--mantine-color-gray-4)"
          style={{ display: 'grid', placeItems: 'center', borderRadius: 4 }}
        >
          {imageId !== null ? (
            <StoredImagePreview imageId={imageId} alt={label} h={72} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('image.none')}
            </Text>
          )}
        </Box>
        <FileButton
          resetRef={resetPicker}
          onChange={(file) => void pick(file)}
          accept={IMAGE_MIME_TYPES.join(',')}
        >
          {(props) => (
            <Button {...props} variant="default" loading={upload.isPending}>
              {imageId === null ? t('image.choose') : t('image.replace')}
            </Button>
          )}
        </FileButton>
        {imageId !== null && (
          <Button variant="subtle" color="red" onClick={() => onChange(null)}>
            {t('image.remove')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('image.accepted')}
      </Text>
      {refusal && (
        <Alert color="red" variant="light" role="alert">
          {refusal}
        </Alert>
      )}
    </Stack>
  );
}
