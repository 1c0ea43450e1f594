import { describe, expect, it } from 'vitest';
import { hasFilters, hrefOfView, searchOfView, viewFromSearch } from './query.ts';

describe('the inbox view in the address bar', () => {
  it('reads every filter, repeated values included, and writes them back in a stable order', () => {
    const view = viewFromSearch(
      new URLSearchParams(
        'sort=-submitted&q=verma&category=researcher&category=highly_qualified&province=antwerp&state=submitted&nationality=in&deadlineFrom=2026-01-01&deadlineTo=2026-02-01&assignee=me&worklist=mine',
      ),
    );
    expect(view).toEqual({
      worklist: 'mine',
      category: ['researcher', 'highly_qualified'],
      province: ['antwerp'],
      state: ['submitted'],
      nationality: ['IN'],
      deadlineFrom: '2026-01-01',
      deadlineTo: '2026-02-01',
      assignee: 'me',
      q: 'verma',
      sort: '-submitted',
    });
    expect(viewFromSearch(new URLSearchParams(searchOfView(view)))).toEqual(view);
    expect(hasFilters(view)).toBe(true);
  });

  it('leaves out what the API would refuse', () => {
    expect(
      viewFromSearch(
        new URLSearchParams(
          'state=waiting_for_applicant&worklist=x&q=ab&nationality=IND&sort=x&deadlineFrom=1/2/2026',
        ),
      ),
    ).toEqual({});
  });

  it('keeps the default worklist and order out of the address', () => {
    expect(hrefOfView('/', { worklist: 'team', sort: 'deadline' })).toBe('/');
    expect(hrefOfView('/', { worklist: 'overdue' })).toBe('/?worklist=overdue');
    expect(hasFilters({ worklist: 'new', sort: 'updated' })).toBe(false);
  });
});
