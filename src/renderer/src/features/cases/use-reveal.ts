import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { RevealableField, RevealedValue } from '../../../../shared/domain/cases';
import { callKaona } from '../../api';

export type Revealed = Partial<Record<RevealableField, RevealedValue>>;

/**
 * Sensitive values shown on "show". They live in this page's state only — not in the query
 * cache — so they are gone when the page is left, and every showing is a fresh audited call.
 */
export function useReveal(caseId: number) {
  const [revealed, setRevealed] = useState<Revealed>({});
  const reveal = useMutation({
    mutationFn: (field: RevealableField) => callKaona((api) => api.cases.reveal({ caseId, field })),
    onSuccess: (value) => setRevealed((previous) => ({ ...previous, [value.field]: value })),
    // Nothing of the answer stays in the mutation cache after the page.
    gcTime: 0,
  });
  const hide = (field: RevealableField) => setRevealed(({ [field]: _hidden, ...rest }) => rest);
  return { revealed, reveal, hide };
}

export type RevealState = ReturnType<typeof useReveal>;
