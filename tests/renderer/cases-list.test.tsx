import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_LIST_PAGE_SIZE } from '../../src/renderer/src/features/cases/cases-queries';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { CaseSearch } from '../../src/shared/domain/cases';
import { caseRow, fakeCaseSearch, OTHER_LIST_HANDLERS } from './support/fake-cases';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { renderCasesPage } from './support/render-cases-page';
import { signedInAs, FAKE_OFFICER } from './support/fake-session';
import { fill } from './support/text';

const { th } = catalogues;

function setup(path: string, handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_OFFICER) },
    handlers: { 'cases.search': fakeCaseSearch(1234), ...OTHER_LIST_HANDLERS, ...handlers },
  });
  const rendered = renderCasesPage(path);
  const searches = () =>
    fake.calls.filter((call) => call.channel === 'cases.search').map((c) => c.input as CaseSearch);
  return { fake, searches, ...rendered };
}

beforeEach(() => {
  // jsdom lays nothing out: give the table's scrolling region the height of a real window.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.virtualScroller === undefined ? 0 : 600;
    },
  });
});

afterEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

const bodyRows = () =>
  within(screen.getByRole('table', { name: th.cases.list.tableLabel }))
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.getAttribute('aria-hidden') !== 'true');

describe('the case list', () => {
  it('reads the first page only, by offset, and says how many cases match', async () => {
    const { searches } = setup('/cases');
    expect(
      await screen.findByText(fill(th.cases.list.found, { total: '1,234' }), {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(searches()).toEqual([
      {
        text: '',
        statuses: [],
        targetGroup: null,
        department: null,
        flagshipProject: null,
        provinceId: null,
        mentorId: null,
        intakeFrom: null,
        intakeTo: null,
        sort: 'intake_newest',
        offset: 0,
        limit: CASE_LIST_PAGE_SIZE,
      },
    ]);
    // Only the rows in view are drawn: far fewer than the page holds.
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(40);
  });

  it('reads the next page when the clerk scrolls near the end of the loaded rows', async () => {
    const { searches } = setup('/cases');
    await screen.findByText(fill(th.cases.list.found, { total: '1,234' }));
    const scroller = screen.getByRole('region', { name: th.cases.list.tableLabel });
    scroller.scrollTop = (CASE_LIST_PAGE_SIZE - 5) * 52;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(searches()).toHaveLength(2));
    expect(searches()[1]).toMatchObject({
      offset: CASE_LIST_PAGE_SIZE,
      limit: CASE_LIST_PAGE_SIZE,
    });
  });

  it('asks for the next page, and only that one, when more rows are wanted', async () => {
    const { searches, user } = setup('/cases');
    await user.click(await screen.findByRole('button', { name: th.cases.list.loadMore }));
    await waitFor(() => expect(searches()).toHaveLength(2));
    expect(searches()[1]).toMatchObject({
      offset: CASE_LIST_PAGE_SIZE,
      limit: CASE_LIST_PAGE_SIZE,
    });
    expect(
      await screen.findByText(fill(th.cases.list.shown, { shown: '200', total: '1,234' })),
    ).toBeVisible();
  });

  it('sends the filters from the address, dropping values main would refuse', async () => {
    const { searches } = setup(
      '/cases?q=สม&status=active&status=mentoring&status=bogus&group=women&department=dwf&project=jobs_and_income&province=40&mentor=0&from=2026-01-01&to=2026-03-31&sort=name',
    );
    await screen.findByText(fill(th.cases.list.found, { total: '1,234' }));
    expect(searches()[0]).toEqual({
      text: 'สม',
      statuses: ['active', 'mentoring'],
      targetGroup: 'women',
      department: 'dwf',
      flagshipProject: 'jobs_and_income',
      provinceId: 40,
      mentorId: 0,
      intakeFrom: '2026-01-01',
      intakeTo: '2026-03-31',
      sort: 'name',
      offset: 0,
      limit: CASE_LIST_PAGE_SIZE,
    });
  });

  it('searches for what was typed, two letters too, once the typing pauses, and keeps it in the address', async () => {
    const { searches, user, router } = setup('/cases');
    await screen.findByText(fill(th.cases.list.found, { total: '1,234' }));
    await user.type(screen.getByRole('searchbox', { name: th.cases.list.search }), 'สม');
    await waitFor(() => expect(searches().at(-1)?.text).toBe('สม'), { timeout: 3000 });
    // One search for the page, one for the word: not one per letter.
    expect(searches()).toHaveLength(2);
    expect(router.state.location.search).toBe(`?q=${encodeURIComponent('สม')}`);
  });

  it('takes the intake dates in พ.ศ., refuses a ค.ศ. year, and sends ISO days', async () => {
    const { searches, user } = setup('/cases');
    await screen.findByText(fill(th.cases.list.found, { total: '1,234' }));
    const from = screen.getByRole('textbox', { name: th.cases.list.intakeFrom });
    await user.type(from, '1/1/2026');
    await user.tab(); // the field judges what was typed when it is left
    expect(await screen.findByText(th.shell.dateInput.problems.looks_gregorian)).toBeVisible();
    await user.clear(from);
    await user.type(from, '1/1/2569');
    await user.tab();
    await waitFor(() => expect(searches().at(-1)?.intakeFrom).toBe('2026-01-01'));
  });

  it('opens a case from its row', async () => {
    const { user, router } = setup('/cases', {
      'cases.open': () => ({ ok: false, error: { code: 'NOT_FOUND', reason: 'case_not_found' } }),
    });
    await user.click(await screen.findByRole('link', { name: 'นางสาวสมศรี ใจดี 3' }));
    expect(router.state.location.pathname).toBe('/cases/3');
  });

  it('tells an empty office from a search without results', async () => {
    setup('/cases', { 'cases.search': fakeCaseSearch(0) });
    expect(await screen.findByText(th.cases.list.empty)).toBeVisible();
  });

  it('says when nothing matches the filters', async () => {
    setup('/cases?status=closed', { 'cases.search': fakeCaseSearch(0) });
    expect(await screen.findByText(th.cases.list.noResults)).toBeVisible();
  });

  it('shows HTML in a name as text', async () => {
    const html = '<img src=x onerror="alert(1)">สมศรี';
    const { container } = setup('/cases', {
      'cases.search': fakeCaseSearch(1, (index) => caseRow(index, { displayName: html })),
    });
    expect(await screen.findByRole('link', { name: html })).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });

  it('links to the registration of a new person', async () => {
    setup('/cases');
    expect(await screen.findByRole('link', { name: th.cases.list.register })).toHaveAttribute(
      'href',
      '/cases/new',
    );
  });
});
