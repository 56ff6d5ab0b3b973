import type { ReactNode } from 'react';
import type { KaonaApiError } from '../api';
import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';

/** The part of a query result this view reads (plain and infinite queries both have it). */
interface ViewableQuery<T> {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: KaonaApiError | null;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryViewProps<T> {
  query: ViewableQuery<T>;
  /** What could not be shown, in the clerk's words ("the accounts could not be shown"). */
  errorTitle: string;
  /** Shown instead of the children when `isEmpty` says there is nothing to show. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/**
 * One query's four faces: loading, failed (with the translated reason and a retry), empty, and
 * the data. Data already shown stays while it is read again, so a refresh never blanks a table.
 */
export function QueryView<T>({ query, errorTitle, empty, isEmpty, children }: QueryViewProps<T>) {
  if (query.data !== undefined) {
    return isEmpty?.(query.data) ? empty : children(query.data);
  }
  if (query.status === 'error') {
    return (
      <ErrorAlert
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <LoadingState />;
}
