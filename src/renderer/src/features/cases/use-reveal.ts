import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { RevealableField, RevealedValue } from '../../../../shared/domain/cases';
import { callKaona } from '../../api';

export type Revealed = Partial<Record<RevealableField, RevealedValue>>;

/**
 * Sensitive values shown on "show". They live in this page's state only — in no cache — so they are gone when the page is left, and every showing is a fresh audited call.
 */
export function useReveal(caseId: number) {
  const [revealed, setRevealed] = useState<Revealed>({});
  const reveal = useMutation({
    // The value goes straight into this page's state: the mutation keeps only which field was
    // asked for, so no cache (query or mutation) ever holds it.
    mutationFn: async (field: RevealableField) => {
      const value = await callKaona((api) => api.cases.reveal({ caseId, field }));
      setRevealed((previous) => ({ ...previous, [value.field]: value }));
      return field;
    },
    gcTime: 0,
  });
  const hide = (field: RevealableField) => setRevealed(({ [field]: _hidden, ...rest }) => rest);
  return { revealed, reveal, hide };
}

export type RevealState = ReturnType<typeof useReveal>;
