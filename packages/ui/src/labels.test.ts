import {
  actions,
  applicationStates,
  audiences,
  authorityKinds,
  categories,
  decisionGrounds,
  decisionOutcomes,
  documentTypes,
  provinces,
  regions,
  roles,
  sexes,
  workerSituations,
} from '@loket/domain';
import { describe, expect, it } from 'vitest';
import {
  actionLabel,
  actionLabels,
  applicantStateHelp,
  audienceLabels,
  authorityLabels,
  categoryLabels,
  countryName,
  documentTypeLabels,
  groundLabels,
  outcomeLabels,
  partLabels,
  provinceLabels,
  regionLabels,
  roleLabel,
  roleLabels,
  sexLabels,
  situationLabels,
  stateLabels,
} from './labels.ts';

const cases: [string, readonly string[], Record<string, string>][] = [
  ['states', applicationStates, stateLabels],
  ['state help', applicationStates, applicantStateHelp],
  ['categories', categories, categoryLabels],
  ['document types', documentTypes, documentTypeLabels],
  ['grounds', decisionGrounds, groundLabels],
  ['roles', roles, roleLabels],
  ['regions', regions, regionLabels],
  ['provinces', provinces, provinceLabels],
  ['sexes', sexes, sexLabels],
  ['worker situations', workerSituations, situationLabels],
  ['audiences', audiences, audienceLabels],
  ['decision outcomes', decisionOutcomes, outcomeLabels],
  ['parts', authorityKinds, partLabels],
  ['authorities', authorityKinds, authorityLabels],
  ['actions', actions, actionLabels],
];

describe.each(cases)('labels for %s', (_name, codes, labels) => {
  it('cover every code of the domain list and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('are non-empty, distinct and never the raw code', () => {
    const values = codes.map((c) => labels[c]);
    for (const [i, v] of values.entries()) {
      expect(v?.trim()).toBeTruthy();
      if (codes[i]?.includes('_')) expect(v).not.toBe(codes[i]);
    }
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('fallbacks', () => {
  it('reads an unknown history action as words', () => {
    expect(actionLabel('submit')).toBe(actionLabels.submit);
    expect(actionLabel('create_draft')).toBe('Draft created');
    expect(actionLabel('reopen_file')).toBe('Reopen file');
    expect(roleLabel('applicant,analyst')).toBe('Applicant, Analyst');
    expect(roleLabel('auditor')).toBe('auditor');
  });

  it('names countries from their ISO code', () => {
    expect(countryName('IN')).toBe('India');
    expect(countryName('be')).toBe('Belgium');
  });
});
