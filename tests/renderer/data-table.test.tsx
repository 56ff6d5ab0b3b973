import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../src/renderer/src/app/theme';
import {
  DataTable,
  dataColumnHelper,
  VIRTUALIZE_FROM_ROWS,
  type PagingLabels,
  type PagingState,
} from '../../src/renderer/src/components/data-table';

interface Person {
  id: number;
  name: string;
  age: number;
}

const column = dataColumnHelper<Person>();
const COLUMNS = [
  column.accessor('name', {
    header: 'ชื่อ',
    sortFn: 'thaiText',
    meta: { rowHeader: true },
  }),
  column.accessor('age', { header: 'อายุ', sortFn: 'basic' }),
];

function renderTable(data: Person[], paging?: PagingState & { labels: PagingLabels }) {
  return render(
    <MantineProvider theme={theme}>
      <DataTable
        label="ผู้รับบริการ"
        data={data}
        columns={COLUMNS}
        getRowId={(person) => String(person.id)}
        paging={paging}
      />
    </MantineProvider>,
  );
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'ผู้รับบริการ' }))
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.getAttribute('aria-hidden') !== 'true');

const names = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent);

afterEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

describe('the data table', () => {
  it('sorts Thai text in dictionary order, where leading vowels do not count first', async () => {
    const user = userEvent.setup();
    // Code-point order would put สมศรี before เกษม and แก้ว (เ and แ sort after every consonant).
    renderTable([
      { id: 1, name: 'สมศรี', age: 41 },
      { id: 2, name: 'เกษม', age: 35 },
      { id: 3, name: 'แก้ว', age: 29 },
      { id: 4, name: 'กมล', age: 52 },
    ]);
    expect(names()).toEqual(['สมศรี', 'เกษม', 'แก้ว', 'กมล']);

    const nameHeader = screen.getByRole('columnheader', { name: /ชื่อ/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    await user.click(within(nameHeader).getByRole('button'));

    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['กมล', 'เกษม', 'แก้ว', 'สมศรี']);

    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['สมศรี', 'แก้ว', 'เกษม', 'กมล']);
  });

  it('draws every row of a short list, each with its name as the row header', () => {
    renderTable(Array.from({ length: 30 }, (_, i) => ({ id: i, name: `คนที่ ${i}`, age: i })));
    expect(bodyRows()).toHaveLength(30);
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-rowcount');
  });

  it('draws only the rows in view of a long list, and says how many there are in all', () => {
    // jsdom lays nothing out: give the scrolling region the height of a real window.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.virtualScroller === undefined ? 0 : 600;
      },
    });
    const count = VIRTUALIZE_FROM_ROWS * 5;
    renderTable(Array.from({ length: count }, (_, i) => ({ id: i, name: `คนที่ ${i}`, age: i })));

    const drawn = bodyRows();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(count + 1));
    expect(drawn[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('region', { name: 'ผู้รับบริการ' })).toHaveAttribute('tabindex', '0');
  });

  it('asks for the next page when the clerk scrolls near the end of a long list', async () => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.virtualScroller === undefined ? 0 : 600;
      },
    });
    const loadMore = vi.fn();
    const rows = Array.from({ length: VIRTUALIZE_FROM_ROWS }, (_, i) => ({
      id: i,
      name: `คนที่ ${i}`,
      age: i,
    }));
    renderTable(rows, {
      hasMore: true,
      loadingMore: false,
      loadMore,
      error: null,
      labels: { shown: 'แสดง 200 คน', loadMore: 'แสดงเพิ่ม', failed: 'แสดงไม่ได้' },
    });
    expect(screen.getByRole('status')).toHaveTextContent('แสดง 200 คน');
    expect(screen.getByRole('button', { name: 'แสดงเพิ่ม' })).toBeVisible();
    expect(loadMore).not.toHaveBeenCalled();

    const scroller = screen.getByRole('region', { name: 'ผู้รับบริการ' });
    scroller.scrollTop = (VIRTUALIZE_FROM_ROWS - 5) * 52;
    fireEvent.scroll(scroller);

    await waitFor(() => expect(loadMore).toHaveBeenCalled());
    expect(names().at(-1)).toBe(`คนที่ ${VIRTUALIZE_FROM_ROWS - 1}`);
  });
});
