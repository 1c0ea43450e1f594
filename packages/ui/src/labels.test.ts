import * as domain from '@loket/domain';
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
  ['states', domain.applicationStates, stateLabels],
  ['state help', domain.applicationStates, applicantStateHelp],
  ['categories', domain.categories, categoryLabels],
  ['document types', domain.documentTypes, documentTypeLabels],
  ['grounds', domain.decisionGrounds, groundLabels],
  ['roles', domain.roles, roleLabels],
  ['regions', domain.regions, regionLabels],
  ['provinces', domain.provinces, provinceLabels],
  ['sexes', domain.sexes, sexLabels],
  ['worker situations', domain.workerSituations, situationLabels],
  ['audiences', domain.audiences, audienceLabels],
  ['decision outcomes', domain.decisionOutcomes, outcomeLabels],
  ['parts', domain.authorityKinds, partLabels],
  ['authorities', domain.authorityKinds, authorityLabels],
  ['actions', domain.actions, actionLabels],
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
