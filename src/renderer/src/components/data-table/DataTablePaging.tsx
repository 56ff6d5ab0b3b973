import { Button, Group, Stack, Text } from '@mantine/core';
import type { KaonaApiError } from '../../api';
import { ErrorAlert } from '../ErrorAlert';

/** Paged data's state, as `usePagedRows` gives it. */
export interface PagingState {
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** A failed "load more"; the rows already shown stay. */
  error: KaonaApiError | null;
}

/** The words for one list ("showing 50 events", "show older events"). */
export interface PagingLabels {
  shown: string;
  loadMore: string;
  failed: string;
}

/** Below a paged table: how many rows are shown, and a button for the next page. */
export function DataTablePaging({ paging, labels }: { paging: PagingState; labels: PagingLabels }) {
  return (
    <Stack gap="sm">
      <Group gap="md">
        <Text size="sm" c="dimmed" role="status">
          {labels.shown}
        </Text>
        {paging.hasMore && (
          <Button variant="default" onClick={paging.loadMore} loading={paging.loadingMore}>
            {labels.loadMore}
          </Button>
        )}
      </Group>
      {paging.error && <ErrorAlert title={labels.failed} error={paging.error} />}
    </Stack>
  );
}
