import { describe, expect, it } from 'vitest';
import { isValidEnterpriseNumber, locatePlaceOfEmployment } from './index.ts';

describe('locatePlaceOfEmployment', () => {
  it.each([
    ['1000', 'brussels', 'brussels-capital'],
    ['1210', 'brussels', 'brussels-capital'],
    ['1300', 'wallonia', 'walloon-brabant'],
    ['1500', 'flanders', 'flemish-brabant'],
    ['2000', 'flanders', 'antwerp'],
    ['3000', 'flanders', 'flemish-brabant'],
    ['3500', 'flanders', 'limburg'],
    ['4000', 'wallonia', 'liege'],
    ['4700', 'german_speaking', 'liege'],
    ['4780', 'german_speaking', 'liege'],
    ['4800', 'wallonia', 'liege'],
    ['5000', 'wallonia', 'namur'],
    ['6000', 'wallonia', 'hainaut'],
    ['6700', 'wallonia', 'luxembourg'],
    ['7000', 'wallonia', 'hainaut'],
    ['8000', 'flanders', 'west-flanders'],
    ['9000', 'flanders', 'east-flanders'],
  ])('places %s in %s, %s', (postalCode, region, province) => {
    expect(locatePlaceOfEmployment(postalCode)).toEqual({ region, province: province.replaceAll('-', '_') });
  });

  it.each(['0999', '123', '10000', 'B-1000', ''])('refuses %j', (postalCode) => {
    expect(locatePlaceOfEmployment(postalCode)).toBeUndefined();
  });
});

describe('isValidEnterpriseNumber', () => {
  it('accepts a number whose last two digits are the mod-97 check, dotted or not', () => {
    expect(isValidEnterpriseNumber('0417097129')).toBe(true);
    expect(isValidEnterpriseNumber('0417.097.129')).toBe(true);
  });
  it('refuses a wrong check or shape', () => {
    expect(isValidEnterpriseNumber('0417097128')).toBe(false);
    expect(isValidEnterpriseNumber('2417097129')).toBe(false);
    expect(isValidEnterpriseNumber('041709712')).toBe(false);
  });
});
