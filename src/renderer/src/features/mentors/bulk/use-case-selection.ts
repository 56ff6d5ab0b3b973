import { useCallback, useMemo, useState } from 'react';
import { BULK_ASSIGN_MAX } from '../../../../../shared/domain/mentoring';

export interface CaseSelection {
  selected: ReadonlySet<number>;
  toggle: (caseId: number) => void;
  /** Select all of these, or clear them when all are selected already. */
  toggleAll: (caseIds: readonly number[]) => void;
  clear: () => void;
}

/**
 * The cases ticked in the list for a bulk assignment. A new search starts with nothing ticked,
 * so the clerk never assigns cases they can no longer see (`scope` is the search).
 */
export function useCaseSelection(scope: string): CaseSelection {
  const [state, setState] = useState<{ scope: string; ids: number[] }>({ scope, ids: [] });
  const ids = useMemo(() => (state.scope === scope ? state.ids : []), [state, scope]);
  const selected = useMemo(() => new Set(ids), [ids]);
  const toggle = useCallback(
    (caseId: number) =>
      setState((now) => {
        const current = now.scope === scope ? now.ids : [];
        const next = current.includes(caseId)
          ? current.filter((id) => id !== caseId)
          : [...current, caseId].slice(0, BULK_ASSIGN_MAX);
        return { scope, ids: next };
      }),
    [scope],
  );
  const toggleAll = useCallback(
    (caseIds: readonly number[]) =>
      setState((now) => {
        const current = now.scope === scope ? now.ids : [];
        const all = caseIds.every((id) => current.includes(id));
        const next = all
          ? current.filter((id) => !caseIds.includes(id))
          : [...new Set([...current, ...caseIds])].slice(0, BULK_ASSIGN_MAX);
        return { scope, ids: next };
      }),
    [scope],
  );
  const clear = useCallback(() => setState({ scope, ids: [] }), [scope]);
  return useMemo(
    () => ({ selected, toggle, toggleAll, clear }),
    [selected, toggle, toggleAll, clear],
  );
}
