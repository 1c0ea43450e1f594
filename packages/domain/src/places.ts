import type { Province, Region } from './vocabulary.ts';

export interface PlaceOfEmployment {
  region: Region;
  province: Province;
}

/**
 * German-speaking Community municipalities (Eupen, Kelmis, Lontzen, Raeren, Bütgenbach,
 * Büllingen, Amel, Sankt Vith, Burg-Reuland): competent for work permits since 2020.
 */
const germanSpeakingPostalCodes = new Set([
  4700, 4701, 4710, 4711, 4720, 4721, 4728, 4730, 4731, 4750, 4760, 4761, 4770, 4771, 4780, 4782, 4783, 4784,
  4790, 4791,
]);

/**
 * Finds the competent region and the province of a Belgian place of employment from its postal
 * code. Returns undefined for a code that is not Belgian.
 */
export function locatePlaceOfEmployment(postalCode: string): PlaceOfEmployment | undefined {
  if (!/^\d{4}$/.test(postalCode)) return undefined;
  const code = Number(postalCode);
  if (code < 1000) return undefined;
  if (code < 1300) return { region: 'brussels', province: 'brussels_capital' };
  if (code < 1500) return { region: 'wallonia', province: 'walloon_brabant' };
  if (code < 2000) return { region: 'flanders', province: 'flemish_brabant' };
  if (code < 3000) return { region: 'flanders', province: 'antwerp' };
  if (code < 3500) return { region: 'flanders', province: 'flemish_brabant' };
  if (code < 4000) return { region: 'flanders', province: 'limburg' };
  if (code < 5000) {
    return {
      region: germanSpeakingPostalCodes.has(code) ? 'german_speaking' : 'wallonia',
      province: 'liege',
    };
  }
  if (code < 6000) return { region: 'wallonia', province: 'namur' };
  if (code < 6600) return { region: 'wallonia', province: 'hainaut' };
  if (code < 7000) return { region: 'wallonia', province: 'luxembourg' };
  if (code < 8000) return { region: 'wallonia', province: 'hainaut' };
  if (code < 9000) return { region: 'flanders', province: 'west_flanders' };
  return { region: 'flanders', province: 'east_flanders' };
}

/** Belgian enterprise number (KBO/BCE): 10 digits, the last two a mod-97 check. */
export function isValidEnterpriseNumber(value: string): boolean {
  const digits = value.replace(/[.\s]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}
