import { useTranslation } from 'react-i18next';
import { sizeParts } from './attachment-bytes';

/** A file size as the clerk reads it ("1.2 MB"). */
export function useFileSize(): (bytes: number) => string {
  const { t } = useTranslation('cases');
  return (bytes) => {
    const { unit, count } = sizeParts(bytes);
    return t(`attachments.${unit}`, { count });
  };
}
