import { describe, expect, it } from 'vitest';
import { languages } from './languages.ts';
import {
  occupationCodePattern,
  occupationLabels,
  shortageListOn,
  shortageOccupationLists,
} from './occupations.ts';
import { salaryThresholdFor, salaryThresholdSets } from './salary-thresholds.ts';
import { regions } from './vocabulary.ts';
import { earlyWarnings, type WarningCandidate, warningReferenceData } from './warnings.ts';

const codes = (draft: WarningCandidate, date: string) => earlyWarnings(draft, date).map((w) => w.code);

describe('the salary warning', () => {
  const walloonEngineer: WarningCandidate = {
    region: 'wallonia',
    category: 'highly_qualified',
    grossAnnualSalaryEur: 52_000,
    worker: { birthDate: '1985-02-01', situation: 'abroad' },
  };

  it('holds the same salary against each year’s amount: enough in 2025, too little after the 2026 indexation', () => {
    expect(earlyWarnings(walloonEngineer, '2025-06-30')).toEqual([]);
    expect(earlyWarnings(walloonEngineer, '2026-03-02')).toEqual([
      {
        code: 'salary_below_threshold',
        field: '/grossAnnualSalaryEur',
        params: {
          threshold: 53_220,
          salary: 52_000,
          region: 'wallonia',
          category: 'highly_qualified',
          validFrom: '2026-01-01',
        },
      },
    ]);
  });

  it('keeps a region’s amounts in force until its next set (Flanders in 2026)', () => {
    const flemish = { ...walloonEngineer, region: 'flanders' as const, grossAnnualSalaryEur: 48_000 };
    expect(earlyWarnings(flemish, '2026-02-01')[0]?.params).toMatchObject({
      threshold: 48_912,
      validFrom: '2025-01-01',
    });
    expect(codes({ ...flemish, grossAnnualSalaryEur: 48_912 }, '2026-02-01')).toEqual([]);
  });

  it('uses the young worker’s amount when the birth date shows they are under 30 on the filing date', () => {
    const young = {
      region: 'flanders' as const,
      category: 'highly_qualified' as const,
      grossAnnualSalaryEur: 40_000,
      worker: { birthDate: '1996-09-15', situation: 'abroad' as const },
    };
    expect(codes(young, '2026-09-14')).toEqual([]);
    // The day they turn 30 the full amount applies.
    expect(earlyWarnings(young, '2026-09-15')[0]?.params).toMatchObject({ threshold: 48_912 });
    expect(earlyWarnings({ ...young, grossAnnualSalaryEur: 39_000 }, '2026-09-14')[0]?.params).toMatchObject({
      threshold: 39_129.6,
      youngerThan: 30,
    });
  });

  it('says nothing where no amount is published, or before any set was in force', () => {
    const shortage = { region: 'flanders' as const, category: 'shortage_occupation' as const };
    expect(codes({ ...shortage, grossAnnualSalaryEur: 1 }, '2026-01-01')).toEqual([]);
    expect(codes({ ...walloonEngineer, grossAnnualSalaryEur: 1 }, '2024-12-31')).toEqual([]);
  });
});

describe('the shortage occupation warning', () => {
  const cook: WarningCandidate = {
    region: 'flanders',
    category: 'shortage_occupation',
    occupationCode: '5120',
    worker: { situation: 'abroad' },
  };

  it('follows the list of the year: a cook is on the Flemish list of 2025 and no longer on that of 2026', () => {
    expect(earlyWarnings(cook, '2025-11-03')).toEqual([]);
    expect(earlyWarnings(cook, '2026-01-05')).toEqual([
      {
        code: 'not_shortage_occupation',
        field: '/occupationCode',
        params: { occupationCode: '5120', region: 'flanders', validFrom: '2026-01-01' },
      },
    ]);
    // A bricklayer the other way round.
    const bricklayer = { ...cook, occupationCode: '7112' };
    expect(codes(bricklayer, '2025-11-03')).toEqual(['not_shortage_occupation']);
    expect(codes(bricklayer, '2026-01-05')).toEqual([]);
  });

  it('reads the list of the place of employment’s region', () => {
    expect(codes({ ...cook, region: 'brussels' }, '2026-01-05')).toEqual([]);
  });

  it('applies to the shortage occupation category only, and waits for an occupation to be chosen', () => {
    expect(codes({ ...cook, category: 'highly_qualified' }, '2026-01-05')).toEqual([]);
    expect(codes({ ...cook, occupationCode: null }, '2026-01-05')).toEqual([]);
  });
});

describe('the worker-already-present warning', () => {
  const student: WarningCandidate = {
    region: 'brussels',
    category: 'shortage_occupation',
    occupationCode: '7411',
    worker: { situation: 'student_in_belgium' },
  };

  it('warns when the worker is in Belgium for a category where that is a refusal ground', () => {
    expect(earlyWarnings(student, '2026-04-01')).toEqual([
      {
        code: 'worker_present_before_authorisation',
        field: '/worker/situation',
        params: {
          situation: 'student_in_belgium',
          region: 'brussels',
          category: 'shortage_occupation',
          validFrom: '2019-01-01',
        },
      },
    ]);
    expect(codes({ ...student, worker: { situation: 'abroad' } }, '2026-04-01')).toEqual([]);
    expect(codes({ ...student, category: 'researcher' }, '2026-04-01')).toEqual([]);
  });

  it('follows the rule in force on the date: a category added in 2026 warns in 2026 only', () => {
    const reference = {
      ...warningReferenceData,
      presenceRules: [
        {
          region: 'brussels' as const,
          validFrom: '2025-01-01',
          source: 'test',
          categories: ['au_pair' as const],
        },
        {
          region: 'brussels' as const,
          validFrom: '2026-01-01',
          source: 'test',
          categories: ['au_pair' as const, 'trainee' as const],
        },
      ],
    };
    const trainee = { ...student, category: 'trainee' as const };
    expect(earlyWarnings(trainee, '2025-12-31', reference)).toEqual([]);
    expect(earlyWarnings(trainee, '2026-01-01', reference).map((w) => w.code)).toEqual([
      'worker_present_before_authorisation',
    ]);
  });
});

describe('early warnings together', () => {
  it('are empty until the place of employment and the category are known', () => {
    const rest = {
      grossAnnualSalaryEur: 1,
      occupationCode: '0000',
      worker: { situation: 'other_residence_in_belgium' as const },
    };
    expect(earlyWarnings({ ...rest, category: 'shortage_occupation' }, '2026-01-01')).toEqual([]);
    expect(earlyWarnings({ ...rest, region: 'wallonia' }, '2026-01-01')).toEqual([]);
    expect(earlyWarnings({}, '2026-01-01')).toEqual([]);
  });

  it('can all apply at once, in a fixed order, and read a Date as its UTC day', () => {
    const draft: WarningCandidate = {
      region: 'wallonia',
      category: 'other',
      grossAnnualSalaryEur: 20_000,
      worker: { situation: 'international_protection' },
    };
    expect(codes(draft, '2026-01-01')).toEqual([]);
    const everything: WarningCandidate = {
      ...draft,
      category: 'shortage_occupation',
      occupationCode: '9999',
    };
    expect(earlyWarnings(everything, new Date('2026-01-01T10:00:00Z')).map((w) => w.code)).toEqual([
      'not_shortage_occupation',
      'worker_present_before_authorisation',
    ]);
    expect(codes({ ...draft, category: 'executive' }, '2026-01-01')).toEqual(['salary_below_threshold']);
  });
});

describe('the reference data', () => {
  it('gives every region a salary set and a shortage list for 2025 and 2026', () => {
    for (const region of regions) {
      for (const date of ['2025-07-01', '2026-07-01']) {
        expect(salaryThresholdFor(region, 'highly_qualified', date), `${region} ${date}`).toBeDefined();
        expect(shortageListOn(region, date)?.occupations.length, `${region} ${date}`).toBeGreaterThan(0);
      }
    }
  });

  it('has positive amounts, one set per region and date, and sources', () => {
    const keys = salaryThresholdSets.map((s) => `${s.region}@${s.validFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const set of salaryThresholdSets) {
      expect(set.source.length).toBeGreaterThan(10);
      for (const amount of Object.values(set.amounts)) expect(amount).toBeGreaterThan(10_000);
    }
  });

  it('labels every listed occupation in nl, fr, de and en, with ISCO-08 unit group codes', () => {
    for (const list of shortageOccupationLists) {
      for (const code of list.codes) {
        expect(code).toMatch(occupationCodePattern);
        for (const language of languages) expect(occupationLabels[code]?.[language], code).toBeTruthy();
      }
    }
  });
});
