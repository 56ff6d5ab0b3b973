import { useEffect, useEffectEvent, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Intake } from '../../../../shared/domain/cases/intake';
import { callKaona } from '../../api';
import { onBeforeLock } from '../../app/session/before-lock';
import type { IntakeFormValues } from './intake-form';

/** Long enough not to call main on every keystroke, short enough that a crash loses a sentence. */
export const DRAFT_DEBOUNCE_MS = 1000;

/**
 * Keeps the person's intake as an encrypted draft in main while they type: a second after typing
 * stops, at every step change, before a lock or sign-out (see before-lock.ts), and — best effort —
 * when the page is left with unsaved changes. A call refused because the session just locked is
 * harmless: the changes are still marked unsaved and go with the next save.
 */
export function useIntakeDraft(
  form: UseFormReturn<IntakeFormValues, unknown, Intake>,
  step: number,
): { finish: () => Promise<void> } {
  const unsaved = useRef(false);
  const finished = useRef(false);
  const stepRef = useRef(step);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useEffectEvent(async () => {
    clearTimeout(timer.current);
    if (finished.current || !unsaved.current) return;
    unsaved.current = false;
    try {
      await callKaona((api) =>
        api.drafts.save({
          kind: 'intake',
          step: stepRef.current,
          json: JSON.stringify(form.getValues()),
        }),
      );
    } catch {
      // Nothing to show the clerk mid-typing; the next change tries again.
      unsaved.current = true;
    }
  });

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        unsaved.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void save(), DRAFT_DEBOUNCE_MS);
      },
    });
    const stopFlush = onBeforeLock(() => save());
    return () => {
      unsubscribe();
      stopFlush();
      void save();
    };
  }, [form]);

  useEffect(() => {
    // Opening the wizard is not a change: an untouched form must not leave a draft behind.
    if (stepRef.current === step) return;
    stepRef.current = step;
    unsaved.current = true;
    void save();
  }, [step]);

  return {
    /** The intake is saved as a case: the draft has done its job. */
    finish: async () => {
      finished.current = true;
      clearTimeout(timer.current);
      await callKaona((api) => api.drafts.discard({ kind: 'intake' })).catch(() => {
        // A draft left behind is offered next time and can be discarded then.
      });
    },
  };
}
