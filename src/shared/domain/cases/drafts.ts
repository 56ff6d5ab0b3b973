import { z } from 'zod';

/**
 * Unsaved form work kept per user inside the encrypted database, so a lock, a crash or a restart
 * loses nothing and nobody else sees it. The value is the form's state as typed (not yet valid),
 * so it is stored as JSON text and validated only when the form is submitted.
 */
export const DRAFT_KINDS = ['intake'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** Half a megabyte of JSON is far more than any form holds; attachments are never in a draft. */
export const DRAFT_MAX_CHARS = 512 * 1024;

export const draftKindSchema = z.strictObject({ kind: z.enum(DRAFT_KINDS) });

export const draftSaveSchema = z.strictObject({
  kind: z.enum(DRAFT_KINDS),
  /** The wizard step the person was on, to resume there. */
  step: z.number().int().min(0).max(20),
  json: z
    .string()
    .max(DRAFT_MAX_CHARS, 'draft_too_large')
    .refine((text) => {
      try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
      } catch {
        return false;
      }
    }, 'draft_not_json'),
});

export interface Draft {
  kind: DraftKind;
  step: number;
  json: string;
  savedAt: string;
}
