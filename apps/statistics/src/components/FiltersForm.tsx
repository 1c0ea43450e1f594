import type { StatisticsCatalog } from '@loket/contracts';
import { categories, regions } from '@loket/domain';
import { CheckboxGroup, categoryLabels, Link, navigate, optionsOf, regionLabels } from '@loket/ui';
import { type FormEvent, useState } from 'react';
import { type Filters, searchOfFilters } from '../filters.ts';

/**
 * The filters as a form: years (the running one marked), regions and categories, each a set of
 * checkboxes where nothing ticked means all. Showing puts them in the address, so the page can be
 * bookmarked and the browser's back button returns to the previous choice.
 */
export function FiltersForm({
  path,
  catalog,
  filters,
}: {
  path: string;
  catalog: StatisticsCatalog;
  filters: Filters;
}) {
  const [chosen, setChosen] = useState<Filters>(filters);
  const yearOptions = catalog.years.map((year) => ({
    value: String(year),
    label: year === catalog.currentYear ? `${year} (running year, so far)` : String(year),
  }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`${path}${searchOfFilters(chosen)}`);
  };
  return (
    <form className="filters" aria-label="Filters" onSubmit={submit}>
      <div className="filter-groups">
        <CheckboxGroup
          id="filter-year"
          legend="Years"
          hint="None ticked: every year."
          options={yearOptions}
          selected={chosen.year.map(String)}
          onChange={(next) => setChosen({ ...chosen, year: next.map(Number).sort((a, b) => a - b) })}
        />
        <CheckboxGroup
          id="filter-region"
          legend="Regions (place of employment)"
          hint="None ticked: every region."
          options={optionsOf(regions, regionLabels)}
          selected={chosen.region}
          onChange={(next) => setChosen({ ...chosen, region: regions.filter((r) => next.includes(r)) })}
        />
        <CheckboxGroup
          id="filter-category"
          legend="Categories"
          hint="None ticked: every category."
          options={optionsOf(categories, categoryLabels)}
          selected={chosen.category}
          onChange={(next) => setChosen({ ...chosen, category: categories.filter((c) => next.includes(c)) })}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Show tables
        </button>
        <Link
          to={path}
          className="button secondary"
          onClick={() => setChosen({ year: [], region: [], category: [] })}
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}
