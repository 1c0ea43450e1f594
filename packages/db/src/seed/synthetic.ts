/**
 * Synthetic applications in bulk: for the inbox benchmark (a million rows) and the statistics.
 *
 * Every file is simulated from its filing to its end (supplement rounds, admissibility, the two
 * decisions, withdrawals, backlogs) and cut at `now`, so states follow age the way they do in
 * practice: old files have ended, recent ones are open in every state, a few linger overdue.
 * Shares follow the domain brief and the seed's figures: the Flemish work service handles about
 * 12,000 files a year, Brussels, Wallonia and the German-speaking Community fewer; categories,
 * nationalities, ages and sexes have realistic weights (see the tables below). `count` scales the
 * volume, not the shares: a million files is several times the real volume of 2019-2026.
 *
 * Everything is derived from `seed` (and `now`): the same options give the same rows. Names are
 * built from syllables and common given names: fictitious, never a real person's file.
 *
 * Rows go in with multi-row INSERT ... SELECT FROM unnest($1::type[], ...) over `pg` (one
 * statement per column set and batch), with triggers and foreign-key checks off for the session
 * (`session_replication_role = replica`; also keeps the event NOTIFY trigger quiet), and the
 * secondary indexes dropped before and rebuilt after the load, which is several times faster
 * than maintaining them row by row. The statistics' summary, which triggers keep, is then recounted
 * in one statement (loket_statistics_rebuild).
 */
import {
  type ApplicationState,
  type Category,
  type DecisionGround,
  locatePlaceOfEmployment,
  type Part,
  type Province,
  type Region,
  type Sex,
  searchTextOf,
  storedClock,
  type WorkerSituation,
} from '@loket/domain';
import pg from 'pg';

const day = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** sfc32: small, fast, good enough for synthetic data, and the same everywhere. */
export function createRandom(seed: number) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  const random = {
    next,
    /** true with probability p */
    chance: (p: number) => next() < p,
    between: (min: number, max: number) => min + next() * (max - min),
    int: (min: number, max: number) => Math.floor(min + next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    weighted: <T extends string>(table: Weights<T>): T => {
      const entries = Object.entries(table as Record<string, number>);
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let u = next() * total;
      for (const [key, weight] of entries) {
        u -= weight;
        if (u < 0) return key as T;
      }
      return Object.keys(table)[0] as T;
    },
    uuid: () => {
      const hex = [next(), next(), next(), next()]
        .map((x) =>
          Math.floor(x * 4294967296)
            .toString(16)
            .padStart(8, '0'),
        )
        .join('');
      const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
  return random;
}
export type Random = ReturnType<typeof createRandom>;
type Weights<T extends string> = Partial<Record<T, number>>;

// ---------------------------------------------------------------------------------------------
// Reference tables (shares)
// ---------------------------------------------------------------------------------------------

/** Share of the files per region (Flanders ~12,000 a year out of ~20,000 for Belgium). */
export const regionShares: Record<Region, number> = {
  flanders: 0.6,
  brussels: 0.25,
  wallonia: 0.14,
  german_speaking: 0.01,
};

/** Files per year relative to each other (2020: the pandemic; steady growth since). */
export const yearWeights: Record<number, number> = {
  2019: 0.85,
  2020: 0.65,
  2021: 0.9,
  2022: 1.05,
  2023: 1.15,
  2024: 1.2,
  2025: 1.25,
  2026: 1.3,
};

/** Postal codes of places of employment per region, with their weight (cities weigh more). */
// biome-ignore format: a table
const postalCodes: Record<Region, Weights<string>> = {
  flanders: {
    '2000': 10, '2018': 6, '2060': 3, '2100': 2, '2140': 2, '2200': 2, '2300': 2, '2440': 2, '2500': 2,
    '2800': 4, '2900': 2, '3000': 6, '3001': 3, '3500': 4, '3600': 3, '3800': 1, '3900': 1, '1800': 3,
    '1830': 2, '1930': 4, '1731': 2, '8000': 4, '8200': 1, '8400': 2, '8500': 3, '8800': 2, '9000': 8,
    '9052': 3, '9100': 2, '9200': 1, '9300': 2, '9700': 1,
  },
  brussels: {
    '1000': 12, '1020': 2, '1030': 3, '1040': 4, '1050': 4, '1060': 2, '1070': 3, '1080': 2, '1120': 1,
    '1130': 2, '1140': 2, '1150': 2, '1160': 2, '1170': 1, '1180': 2, '1190': 1, '1200': 3, '1210': 2,
  },
  wallonia: {
    '1300': 3, '1348': 4, '1400': 2, '1410': 1, '4000': 6, '4020': 2, '4100': 1, '4460': 2, '5000': 4,
    '5030': 1, '5100': 1, '6000': 5, '6041': 2, '6700': 2, '6900': 1, '7000': 3, '7100': 1, '7500': 2,
    '7700': 1, '4800': 1,
  },
  german_speaking: { '4700': 6, '4701': 1, '4720': 2, '4730': 1, '4750': 1, '4760': 1, '4780': 3, '4790': 1 },
};

// biome-ignore format: a table
const municipalities: Record<string, string> = {
  '1000': 'Brussel', '2000': 'Antwerpen', '2018': 'Antwerpen', '2800': 'Mechelen', '3000': 'Leuven',
  '3500': 'Hasselt', '3600': 'Genk', '1930': 'Zaventem', '8000': 'Brugge', '8500': 'Kortrijk', '9000': 'Gent',
  '4000': 'Liège', '5000': 'Namur', '6000': 'Charleroi', '7000': 'Mons', '1348': 'Louvain-la-Neuve',
  '4700': 'Eupen', '4780': 'Sankt Vith', '6700': 'Arlon', '7500': 'Tournai',
};

/** Categories: highly qualified the largest, shortage occupations growing after 2022. */
function categoryWeights(year: number): Weights<Category> {
  const shortage = year >= 2023 ? 0.2 : year >= 2021 ? 0.12 : 0.07;
  return {
    highly_qualified: 0.36,
    shortage_occupation: shortage,
    researcher: 0.1,
    eu_blue_card: year >= 2022 ? 0.09 : 0.06,
    executive: 0.06,
    internship: 0.04,
    vocational_training: 0.04,
    athlete: 0.03,
    performing_artist: 0.02,
    au_pair: 0.02,
    trainee: 0.02,
    other: 0.04,
  };
}

const jobs: Record<Category, { titles: string[]; salary: [number, number] }> = {
  highly_qualified: {
    titles: ['Software engineer', 'Process engineer', 'Data scientist', 'Financial analyst', 'IT consultant'],
    salary: [48_000, 95_000],
  },
  shortage_occupation: {
    titles: ['Verpleegkundige', 'Lasser', 'Vrachtwagenchauffeur', 'Elektricien', 'Kok', 'Loodgieter'],
    salary: [30_000, 46_000],
  },
  researcher: {
    titles: ['Postdoctoral researcher', 'PhD researcher', 'Research fellow'],
    salary: [36_000, 62_000],
  },
  eu_blue_card: {
    titles: ['Solution architect', 'Machine learning engineer', 'Project manager'],
    salary: [60_000, 120_000],
  },
  executive: {
    titles: ['Chief financial officer', 'Managing director', 'Plant manager'],
    salary: [90_000, 220_000],
  },
  internship: { titles: ['Intern', 'Trainee engineer'], salary: [12_000, 26_000] },
  vocational_training: { titles: ['Technician in training', 'Sales trainee'], salary: [18_000, 32_000] },
  athlete: {
    titles: ['Professional football player', 'Basketball player', 'Coach'],
    salary: [25_000, 300_000],
  },
  performing_artist: { titles: ['Musician', 'Dancer', 'Actor'], salary: [20_000, 60_000] },
  au_pair: { titles: ['Au pair'], salary: [5_000, 8_000] },
  trainee: { titles: ['Graduate trainee'], salary: [22_000, 35_000] },
  other: { titles: ['Specialist', 'Consultant', 'Cook (specialised cuisine)'], salary: [25_000, 70_000] },
};

// biome-ignore format: a table
function nationalityWeights(year: number): Weights<string> {
  return {
    IN: 24, TR: 6, MA: 5, CN: 5, US: 5, JP: 4, BR: 4, PH: 5, UA: year >= 2022 ? 6 : 3,
    RU: year >= 2022 ? 1 : 3, TN: 3, CM: 2, NG: 2, PK: 3, GB: year >= 2021 ? 4 : 0, KR: 2, MX: 2, CO: 2,
    EG: 2, ZA: 2, VN: 2, IR: 2, AR: 1, CA: 2, AU: 1, DZ: 2, SN: 1, KE: 1, ID: 1, TH: 1, LB: 1, RS: 1, AL: 1,
    GE: 1, BY: 1,
  };
}

// biome-ignore format: a table
const givenNames: Record<Sex, string[]> = {
  female: [
    'Aisha', 'Amira', 'Ananya', 'Ayesha', 'Camila', 'Chen', 'Daria', 'Divya', 'Elif', 'Fatima', 'Gabriela',
    'Hana', 'Ifeoma', 'Isabela', 'Kavya', 'Lakshmi', 'Leila', 'Li', 'Lucía', 'Maria', 'Mariam', 'Mei',
    'Meera', 'Nadia', 'Nia', 'Olena', 'Oksana', 'Priya', 'Sakura', 'Salma', 'Sara', 'Sofía', 'Tanvi',
    'Valentina', 'Yasmin', 'Yuki', 'Zainab', 'Zeynep', 'Anjali', 'Thu', 'Ngozi', 'Rania',
  ],
  male: [
    'Ahmed', 'Aditya', 'Amit', 'Andrii', 'Arjun', 'Carlos', 'Chinedu', 'Daniel', 'Diego', 'Emeka', 'Hiroshi',
    'Hyun', 'Ibrahim', 'Ivan', 'João', 'Juan', 'Karim', 'Kenji', 'Kwame', 'Li', 'Luis', 'Mateo', 'Mehmet',
    'Minh', 'Mohamed', 'Murat', 'Nikhil', 'Omar', 'Oleksandr', 'Pedro', 'Rahul', 'Rajesh', 'Ravi', 'Rohan',
    'Samuel', 'Santiago', 'Sergei', 'Tariq', 'Tendai', 'Wei', 'Youssef', 'Yusuf', 'Vikram', 'Hamza',
  ],
  other: ['Alex', 'Sam', 'Kim', 'Noor', 'Ari', 'Jo'],
};

// biome-ignore format: a table
const onsets = [
  'Ra', 'Vi', 'Shan', 'Kum', 'Pa', 'Tel', 'Mo', 'Ha', 'Sa', 'Ngu', 'Ye', 'Li', 'We', 'Ab', 'Del', 'Ka', 'Ro',
  'Mi', 'Ta', 'Zu', 'Bel', 'Fer', 'Go', 'Lu', 'Ne', 'Or', 'Qui', 'Sol', 'Ur', 'Var', 'Cha', 'Dra', 'Es', 'Fa',
  'Gu', 'Hu', 'Ib', 'Ja', 'Ko', 'Ma', 'Na', 'Os', 'Pri', 'Re', 'Si', 'To', 'Vo', 'Xa', 'Yi', 'Za',
];
const middles = ['', '', '', 'la', 'ri', 'na', 'ta', 'ko', 'mi', 'de', 'ra', 'si', 'lo', 'ven', 'dan'];
// biome-ignore format: a table
const codas = [
  'kar', 'mar', 'ndi', 'ssa', 'len', 'ran', 'via', 'oto', 'ello', 'asi', 'uma', 'eda', 'ora', 'ani', 'ez',
  'ov', 'enko', 'sky', 'ima', 'ura', 'ham', 'yen', 'ang', 'oglu', 'ade', 'ola', 'wa', 'chi', 'har', 'ito',
];

/** A surname of two or three syllables: some 22,000 of them, so that a search is selective. */
function familyName(random: Random): string {
  return `${random.pick(onsets)}${random.pick(middles)}${random.pick(codas)}`;
}

// biome-ignore format: a table
const employerWords = [
  'Noord', 'Delta', 'Brabant', 'Schelde', 'Kempen', 'Maas', 'Leie', 'Horizon', 'Atlas', 'Nova', 'Polder',
  'Meuse', 'Ardenne', 'Sambre', 'Haven', 'Iris', 'Zenne', 'Vesdre', 'Orion', 'Vega', 'Lumen', 'Quadra',
  'Arden', 'Dijle', 'Ijzer', 'Demer', 'Nete', 'Durme', 'Rupel', 'Ourthe', 'Lesse', 'Semois', 'Amblève',
];
// biome-ignore format: a table
const employerTrades = [
  'Logistics', 'Pharma', 'Engineering', 'Software', 'Zorg', 'Bouw', 'Food', 'Chemicals', 'Consulting',
  'Hospitality', 'Research', 'Automotive', 'Energy', 'Textiles', 'Biotech', 'Transport', 'Metaal', 'Services',
];
const legalForms: Record<Region, string[]> = {
  flanders: ['NV', 'BV', 'VZW', 'CV'],
  brussels: ['SA', 'SRL', 'NV', 'BV', 'ASBL'],
  wallonia: ['SA', 'SRL', 'ASBL', 'SC'],
  german_speaking: ['AG', 'PGmbH', 'VoG'],
};

const workerSituations: Weights<WorkerSituation> = {
  abroad: 0.74,
  student_in_belgium: 0.11,
  international_protection: 0.05,
  other_residence_in_belgium: 0.1,
};

/**
 * Who the workers of a category are: ages (youngest, oldest; most near the youngest), sexes and,
 * where it differs from the overall mix, where they stand when the employer applies. Au pairs are
 * 18 to 26 and mostly women; shortage occupations mostly men; researchers and trainees often
 * already study in Belgium. These shape the statistics' grants by age band, sex and applicant kind.
 */
const workerProfiles: Record<
  Category,
  { ages: [number, number]; sexes: Weights<Sex>; situations?: Weights<WorkerSituation> }
> = {
  highly_qualified: { ages: [23, 62], sexes: { male: 0.68, female: 0.31, other: 0.01 } },
  executive: { ages: [30, 66], sexes: { male: 0.78, female: 0.22 } },
  eu_blue_card: { ages: [24, 62], sexes: { male: 0.7, female: 0.29, other: 0.01 } },
  researcher: {
    ages: [24, 55],
    sexes: { male: 0.58, female: 0.41, other: 0.01 },
    situations: {
      abroad: 0.62,
      student_in_belgium: 0.3,
      international_protection: 0.02,
      other_residence_in_belgium: 0.06,
    },
  },
  athlete: { ages: [18, 40], sexes: { male: 0.85, female: 0.15 } },
  performing_artist: { ages: [19, 60], sexes: { male: 0.6, female: 0.39, other: 0.01 } },
  internship: {
    ages: [20, 32],
    sexes: { male: 0.55, female: 0.44, other: 0.01 },
    situations: { abroad: 0.6, student_in_belgium: 0.35, other_residence_in_belgium: 0.05 },
  },
  vocational_training: { ages: [21, 45], sexes: { male: 0.72, female: 0.28 } },
  shortage_occupation: {
    ages: [21, 60],
    sexes: { male: 0.8, female: 0.2 },
    situations: {
      abroad: 0.7,
      student_in_belgium: 0.05,
      international_protection: 0.12,
      other_residence_in_belgium: 0.13,
    },
  },
  au_pair: {
    ages: [18, 26],
    sexes: { female: 0.9, male: 0.1 },
    situations: { abroad: 0.97, other_residence_in_belgium: 0.03 },
  },
  trainee: {
    ages: [21, 30],
    sexes: { male: 0.6, female: 0.4 },
    situations: { abroad: 0.75, student_in_belgium: 0.2, other_residence_in_belgium: 0.05 },
  },
  other: { ages: [21, 64], sexes: { male: 0.66, female: 0.33, other: 0.01 } },
};

/**
 * How many synthetic applications give about `flandersPerYear` Flemish applications a year between
 * `from` and `now` (the seed: some 12,000), with the other regions in their shares.
 */
export function syntheticCountFor(options: { flandersPerYear: number; from?: string; now?: Date }): number {
  const now = options.now ?? new Date();
  const from = new Date(`${options.from ?? '2019-01-01'}T00:00:00Z`);
  const years = Object.keys(yearWeights).map(Number);
  const mean = years.reduce((s, y) => s + (yearWeights[y] ?? 1), 0) / years.length;
  let weight = 0;
  for (const y of years) {
    const start = Math.max(Date.UTC(y, 0, 1), from.getTime());
    const end = Math.min(Date.UTC(y + 1, 0, 1), now.getTime());
    if (end > start) weight += ((yearWeights[y] ?? 1) / mean) * ((end - start) / (365 * day));
  }
  return Math.round((options.flandersPerYear / regionShares.flanders) * weight);
}

/** Caseworkers per service team (synthetic members, ids `synthetic-<part>-<region>-<n>`). */
export const syntheticTeamSizes: Record<'residence' | Region, number> = {
  flanders: 40,
  brussels: 16,
  wallonia: 12,
  german_speaking: 2,
  residence: 60,
};

// ---------------------------------------------------------------------------------------------
// The model of one file
// ---------------------------------------------------------------------------------------------

export interface SyntheticEmployer {
  id: string;
  name: string;
  enterpriseNumber: string;
  region: Region;
  units: SyntheticUnit[];
}

export interface SyntheticUnit {
  id: string;
  employerId: string;
  name: string;
  street: string;
  postalCode: string;
  municipality: string;
  region: Region;
  province: Province;
}

export interface SyntheticMember {
  id: string;
  name: string;
  authority: Part;
  region: Region | null;
}

interface SyntheticEvent {
  action: string;
  fromState: ApplicationState | null;
  toState: ApplicationState;
  actorId: string;
  actorName: string;
  actorRole: string;
  reason: string | null;
  at: Date;
}

interface SyntheticSupplement {
  id: string;
  part: Part;
  requestedBy: string;
  createdAt: Date;
  answeredAt: Date | null;
  dueDate: Date;
}

interface SyntheticDecision {
  id: string;
  part: Part;
  outcome: 'granted' | 'refused' | 'inadmissible';
  grounds: DecisionGround[];
  decidedBy: string;
  decidedAt: Date;
}

export interface SyntheticApplication {
  id: string;
  reference: string;
  state: ApplicationState;
  version: number;
  employerId: string;
  unitId: string;
  region: Region;
  province: Province;
  category: Category;
  jobTitle: string;
  salary: number;
  givenName: string;
  familyName: string;
  birthDate: Date;
  sex: Sex;
  nationality: string;
  situation: WorkerSituation;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  admissibleAt: Date | null;
  workDecidedAt: Date | null;
  residenceDecidedAt: Date | null;
  closedAt: Date | null;
  decisionDeadline: Date | null;
  clockPausedSince: Date | null;
  workAssigneeId: string | null;
  residenceAssigneeId: string | null;
  supplements: SyntheticSupplement[];
  decisions: SyntheticDecision[];
  events: SyntheticEvent[];
}

export interface SyntheticOptions {
  /** How many applications. */
  count: number;
  /** Same seed, same rows. Default 1. */
  seed?: number;
  /** Where the simulation stops: files filed before it, states as they are at it. Default: now. */
  now?: Date;
  /** First filing date (ISO). Default 2019-01-01. */
  from?: string;
}

const referenceAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A unique reference per (year, n) that looks random: n scrambled by an odd multiplier mod 32^8. */
function referenceOf(year: number, n: number): string {
  const space = 32 ** 8;
  let x = (n * 0x2f0f5bd + 0x1a2b3c) % space; // 0x2f0f5bd is odd: a bijection on [0, 32^8)
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = referenceAlphabet[x % 32] + code;
    x = Math.floor(x / 32);
  }
  return `LKT-${year}-${code}`;
}

/** A valid KBO/BCE number starting with 1 (never one of the demo employers, which start with 0). */
function enterpriseNumberOf(n: number): string {
  const base = `1${String(n).padStart(7, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

/** A company name: a founder's name, a place or two words, a trade, a legal form; mostly distinct. */
function employerName(random: Random, region: Region): string {
  const form = random.pick(legalForms[region]);
  const u = random.next();
  if (u < 0.4) return `${familyName(random)} ${random.pick(employerTrades)} ${form}`;
  if (u < 0.7) return `${random.pick(employerWords)} ${random.pick(employerTrades)} ${form}`;
  const second = random.pick(employerWords).toLowerCase();
  return `${random.pick(employerWords)}${second} ${random.pick(employerTrades)} ${form}`;
}

/** The synthetic caseworkers of every service: who decides and holds the files. */
export function syntheticMembers(seed = 1): SyntheticMember[] {
  const random = createRandom(seed * 7919 + 17);
  const members: SyntheticMember[] = [];
  for (const [key, size] of Object.entries(syntheticTeamSizes)) {
    const part: Part = key === 'residence' ? 'residence' : 'work';
    for (let i = 1; i <= size; i++) {
      const sex = random.chance(0.55) ? 'female' : 'male';
      members.push({
        id: `synthetic-${part}-${key === 'residence' ? 'federal' : key}-${String(i).padStart(2, '0')}`,
        name: `${random.pick(givenNames[sex])} ${familyName(random)}`,
        authority: part,
        region: part === 'work' ? (key as Region) : null,
      });
    }
  }
  return members;
}

/** The employers and their places of employment: about one employer per 30 files, by region. */
export function syntheticEmployers(options: SyntheticOptions): SyntheticEmployer[] {
  const random = createRandom((options.seed ?? 1) * 104_729 + 3);
  const employers: SyntheticEmployer[] = [];
  let n = 0;
  for (const region of Object.keys(regionShares) as Region[]) {
    const total = Math.max(5, Math.round((options.count * regionShares[region]) / 30));
    for (let i = 0; i < total; i++) {
      n++;
      const id = random.uuid();
      const units: SyntheticUnit[] = [];
      const unitCount = random.chance(0.75) ? 1 : random.int(2, 3);
      for (let u = 0; u < unitCount; u++) {
        const postalCode = random.weighted(postalCodes[region]);
        const place = locatePlaceOfEmployment(postalCode);
        if (!place) throw new Error(`synthetic: ${postalCode} is not a Belgian postal code`);
        const municipality = municipalities[postalCode] ?? `Gemeente ${postalCode}`;
        units.push({
          id: random.uuid(),
          employerId: id,
          name: municipality,
          street: `${random.pick(employerWords)}straat ${random.int(1, 250)}`,
          postalCode,
          municipality,
          region: place.region,
          province: place.province,
        });
      }
      employers.push({
        id,
        name: employerName(random, region),
        enterpriseNumber: enterpriseNumberOf(n),
        region,
        units,
      });
    }
  }
  return employers;
}

function refusalGrounds(random: Random, stage: 'admissibility' | Part, category: Category): DecisionGround[] {
  if (stage === 'admissibility') {
    return [random.weighted<DecisionGround>({ incomplete_file: 6, fee_unpaid: 3, region_not_competent: 1 })];
  }
  if (stage === 'residence') {
    return [random.weighted<DecisionGround>({ public_order: 4, fraud_or_false_documents: 3 })];
  }
  if (category === 'shortage_occupation') {
    // The two grounds the seed names for shortage occupations.
    const first = random.weighted<DecisionGround>({
      worker_present_before_authorisation: 45,
      not_shortage_occupation: 35,
      salary_below_threshold: 10,
      diploma_level_not_met: 10,
    });
    return random.chance(0.15) && first !== 'not_shortage_occupation'
      ? [first, 'not_shortage_occupation']
      : [first];
  }
  return [
    random.weighted<DecisionGround>({
      salary_below_threshold: 35,
      diploma_level_not_met: 25,
      employer_breach: 15,
      fraud_or_false_documents: 10,
      worker_present_before_authorisation: 15,
    }),
  ];
}

/**
 * The applications, one at a time (a generator: a million never sit in memory at once). Pass
 * the same employers and members the load uses.
 */
export function* syntheticApplications(
  options: SyntheticOptions,
  employers: readonly SyntheticEmployer[],
  members: readonly SyntheticMember[],
): Generator<SyntheticApplication> {
  const random = createRandom((options.seed ?? 1) * 15_485_863 + 11);
  const now = options.now ?? new Date();
  const from = new Date(`${options.from ?? '2019-01-01'}T00:00:00Z`);
  const byRegion = new Map<Region, SyntheticEmployer[]>();
  for (const e of employers) byRegion.set(e.region, [...(byRegion.get(e.region) ?? []), e]);
  const team = (part: Part, region: Region) =>
    members.filter((m) => m.authority === part && (part === 'residence' || m.region === region));
  const teams = new Map<string, SyntheticMember[]>();
  for (const region of Object.keys(regionShares) as Region[]) {
    teams.set(`work:${region}`, team('work', region));
  }
  teams.set('residence', team('residence', 'flanders'));

  // Filing dates: years by weight, the current year only up to `now`.
  const years = Object.keys(yearWeights)
    .map(Number)
    .filter((y) => y >= from.getUTCFullYear() && Date.UTC(y, 0, 1) <= now.getTime());
  const yearSpan = (y: number) => {
    const start = Math.max(Date.UTC(y, 0, 1), from.getTime());
    const end = Math.min(Date.UTC(y + 1, 0, 1), now.getTime());
    return { start, end, weight: (yearWeights[y] ?? 1) * ((end - start) / (365 * day)) };
  };
  const spans = years.map(yearSpan);
  const yearTable = Object.fromEntries(spans.map((s, i) => [String(i), s.weight])) as Weights<string>;
  const sequenceByYear = new Map<number, number>();

  for (let i = 0; i < options.count; i++) {
    const span = spans[Number(random.weighted(yearTable))] ?? (spans[0] as (typeof spans)[number]);
    const filed = new Date(random.between(span.start, span.end));
    const year = filed.getUTCFullYear();
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);

    const region = random.weighted(regionShares);
    const pool = byRegion.get(region) ?? [];
    // A few employers file most: a skewed pick.
    const employer = pool[Math.floor(pool.length * random.next() ** 2.2)] ?? (pool[0] as SyntheticEmployer);
    const unit = random.pick(employer.units);
    const category = random.weighted(categoryWeights(year));
    const job = jobs[category];
    const profile = workerProfiles[category];
    const sex: Sex = random.weighted<Sex>(profile.sexes);
    const age = Math.min(
      profile.ages[1],
      profile.ages[0] +
        Math.floor(random.next() ** 1.8 * (profile.ages[1] - profile.ages[0])) +
        random.int(0, 2),
    );
    // `age` full years on the filing date.
    const birthDate = new Date(
      Date.UTC(year - age, filed.getUTCMonth(), filed.getUTCDate()) - random.int(0, 364) * day,
    );
    const workTeam = teams.get(`work:${region}`) ?? [];
    const residenceTeam = teams.get('residence') ?? [];
    const workCaseworker = random.pick(workTeam);
    const residenceOfficer = random.pick(residenceTeam);

    const app: SyntheticApplication = {
      id: random.uuid(),
      reference: referenceOf(year, sequence),
      state: 'draft',
      version: 1,
      employerId: employer.id,
      unitId: unit.id,
      region: unit.region,
      province: unit.province,
      category,
      jobTitle: random.pick(job.titles),
      salary: Math.round(random.between(job.salary[0], job.salary[1]) / 100) * 100,
      givenName: random.pick(givenNames[sex]),
      familyName: familyName(random),
      birthDate,
      sex,
      nationality: random.weighted(nationalityWeights(year)),
      situation: random.weighted(profile.situations ?? workerSituations),
      createdAt: new Date(filed.getTime() - random.between(0, 10) * day),
      updatedAt: filed,
      submittedAt: null,
      admissibleAt: null,
      workDecidedAt: null,
      residenceDecidedAt: null,
      closedAt: null,
      decisionDeadline: null,
      clockPausedSince: null,
      workAssigneeId: null,
      residenceAssigneeId: null,
      supplements: [],
      decisions: [],
      events: [],
    };

    // The file's whole course; only what happened before `now` is kept.
    const applicant = {
      actorId: 'synthetic-applicant',
      actorName: `Applicant for ${employer.name}`,
      actorRole: 'applicant',
    };
    const worker = (m: SyntheticMember) => ({
      actorId: m.id,
      actorName: m.name,
      actorRole: m.authority === 'work' ? 'work_caseworker' : 'residence_officer',
    });
    let ended = false;
    const happen = (at: Date, step: () => void) => {
      if (ended || at.getTime() > now.getTime()) {
        ended = true;
        return false;
      }
      step();
      app.updatedAt = at;
      return true;
    };
    const move = (
      at: Date,
      action: string,
      to: ApplicationState,
      actor: ReturnType<typeof worker>,
      reason: string | null = null,
    ) =>
      happen(at, () => {
        app.events.push({ action, fromState: app.state, toState: to, ...actor, reason, at });
        app.state = to;
        app.version++;
      });
    const note = (at: Date, action: string, actor: ReturnType<typeof worker>) =>
      happen(at, () => {
        app.events.push({ action, fromState: app.state, toState: app.state, ...actor, reason: null, at });
        app.version++;
      });

    app.events.push({
      action: 'create_draft',
      fromState: null,
      toState: 'draft',
      ...applicant,
      reason: null,
      at: app.createdAt,
    });
    const abandoned = random.chance(0.015);
    const withdrawAfter = random.chance(0.03) ? random.between(1, 150) * day : Number.POSITIVE_INFINITY;
    const withdrawAt = filed.getTime() + withdrawAfter;
    const course = () => {
      if (abandoned) return;
      if (!move(filed, 'submit', 'submitted', applicant)) return;
      app.submittedAt = filed;
      let t = filed.getTime();
      const withdrawBefore = (until: number) => {
        if (withdrawAt > until) return false;
        if (
          move(new Date(withdrawAt), 'withdraw', 'withdrawn', applicant, 'The worker accepted another offer.')
        ) {
          app.closedAt = new Date(withdrawAt);
        }
        return true;
      };
      const supplement = (part: Part, officer: SyntheticMember, back: ApplicationState, p: number) => {
        if (!random.chance(p)) return true;
        const asked = t + random.between(2, 12) * day;
        const answeredAfter = random.between(4, 30) * day;
        if (withdrawBefore(asked)) return false;
        const request: SyntheticSupplement = {
          id: random.uuid(),
          part,
          requestedBy: officer.id,
          createdAt: new Date(asked),
          answeredAt: null,
          dueDate: new Date(Math.floor((asked + 30 * day) / day) * day),
        };
        const waiting = part === 'work' ? 'work_supplement_requested' : 'residence_supplement_requested';
        if (
          !move(new Date(asked), 'request_supplement', waiting, worker(officer), 'Please add the documents.')
        ) {
          return false;
        }
        app.supplements.push(request);
        const answered = asked + answeredAfter;
        if (withdrawBefore(answered)) return false;
        if (!move(new Date(answered), 'answer_supplement', back, applicant)) return false;
        request.answeredAt = new Date(answered);
        t = answered;
        return true;
      };

      // The work part.
      if (random.chance(0.7) || now.getTime() - t > 5 * day) {
        if (note(new Date(t + random.between(0.1, 1.5) * day), 'take', worker(workCaseworker))) {
          app.workAssigneeId = workCaseworker.id;
        }
      }
      if (ended) return;
      if (!supplement('work', workCaseworker, 'submitted', region === 'flanders' ? 0.35 : 0.25)) return;
      const admissibility = t + random.between(3, 20) * day;
      if (withdrawBefore(admissibility)) return;
      if (random.chance(0.04)) {
        const at = new Date(admissibility);
        if (move(at, 'declare_inadmissible', 'inadmissible', worker(workCaseworker), 'Fee not paid.')) {
          app.workDecidedAt = at;
          app.closedAt = at;
          app.decisions.push({
            id: random.uuid(),
            part: 'work',
            outcome: 'inadmissible',
            grounds: refusalGrounds(random, 'admissibility', category),
            decidedBy: workCaseworker.id,
            decidedAt: at,
          });
        }
        return;
      }
      if (!move(new Date(admissibility), 'declare_admissible', 'work_review', worker(workCaseworker))) return;
      app.admissibleAt = new Date(admissibility);
      t = admissibility;
      const backlog = random.chance(0.1) ? random.between(20, 140) : 0;
      const workDecision = t + (random.between(3, 20) + backlog) * day;
      if (withdrawBefore(workDecision)) return;
      const workRefused = random.chance(category === 'shortage_occupation' ? 0.14 : 0.05);
      const wAt = new Date(workDecision);
      if (
        !move(
          wAt,
          workRefused ? 'refuse_work_part' : 'grant_work_part',
          workRefused ? 'work_refused' : 'residence_review',
          worker(workCaseworker),
        )
      ) {
        return;
      }
      app.workDecidedAt = wAt;
      app.decisions.push({
        id: random.uuid(),
        part: 'work',
        outcome: workRefused ? 'refused' : 'granted',
        grounds: workRefused ? refusalGrounds(random, 'work', category) : [],
        decidedBy: workCaseworker.id,
        decidedAt: wAt,
      });
      if (workRefused) {
        app.closedAt = wAt;
        return;
      }
      t = workDecision;

      // The residence part.
      if (random.chance(0.6) || now.getTime() - t > 5 * day) {
        if (note(new Date(t + random.between(0.1, 1.5) * day), 'take', worker(residenceOfficer))) {
          app.residenceAssigneeId = residenceOfficer.id;
        }
      }
      if (ended) return;
      if (!supplement('residence', residenceOfficer, 'residence_review', 0.1)) return;
      const residenceBacklog = random.chance(0.08) ? random.between(20, 110) : 0;
      const residenceDecision = t + (random.between(7, 45) + residenceBacklog) * day;
      if (withdrawBefore(residenceDecision)) return;
      const residenceRefused = random.chance(0.03);
      const rAt = new Date(residenceDecision);
      if (
        !move(
          rAt,
          residenceRefused ? 'refuse_residence_part' : 'grant_residence_part',
          residenceRefused ? 'residence_refused' : 'permit_granted',
          worker(residenceOfficer),
        )
      ) {
        return;
      }
      app.residenceDecidedAt = rAt;
      app.closedAt = rAt;
      app.decisions.push({
        id: random.uuid(),
        part: 'residence',
        outcome: residenceRefused ? 'refused' : 'granted',
        grounds: residenceRefused ? refusalGrounds(random, 'residence', category) : [],
        decidedBy: residenceOfficer.id,
        decidedAt: rAt,
      });
    };
    course();

    if (app.submittedAt) {
      const clock = storedClock({
        startedAt: app.submittedAt,
        pauses: app.supplements.map((s) => ({ from: s.createdAt, to: s.answeredAt })),
      });
      app.decisionDeadline = clock.deadline;
      app.clockPausedSince = clock.pausedSince;
    }
    yield app;
  }
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

export interface SeedSyntheticOptions extends SyntheticOptions {
  /** Applications per INSERT statement set. Default 5,000. */
  batchSize?: number;
  /** Also write the history (application_event rows). Default true. */
  events?: boolean;
  /** Drop secondary indexes during the load and rebuild them after. Default true. */
  rebuildIndexes?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSyntheticResult {
  applications: number;
  employers: number;
  units: number;
  members: number;
  supplementRequests: number;
  decisions: number;
  events: number;
  seconds: { insert: number; indexes: number; analyze: number };
}

/** A column: its name, the element type of the parameter array, and a cast of the value if needed. */
type Column = [name: string, type: string, cast?: string];

/** INSERT INTO table (cols) SELECT c0, c1::cast, ... FROM unnest($1::t1[], $2::t2[], ...) */
async function insertColumns(client: pg.ClientBase, table: string, columns: Column[], rows: unknown[][]) {
  if (rows.length === 0) return;
  const arrays = columns.map((_c, i) => rows.map((r) => r[i]));
  const names = columns.map(([n]) => `"${n}"`).join(', ');
  const values = columns.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(', ');
  const params = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  const aliases = columns.map((_c, i) => `c${i}`).join(', ');
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${params}) AS u(${aliases})`,
    arrays,
  );
}

const tables = [
  'organisation',
  'establishment_unit',
  'member',
  'application',
  'supplement_request',
  'decision',
  'application_event',
] as const;

/**
 * Loads synthetic data into a migrated database (reference data not required). Adds to what is
 * there; run it on an empty database for reproducible numbers.
 */
export async function seedSynthetic(
  databaseUrl: string,
  options: SeedSyntheticOptions,
): Promise<SeedSyntheticResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const withEvents = options.events ?? true;
  const batchSize = options.batchSize ?? 5_000;
  const result: SeedSyntheticResult = {
    applications: 0,
    employers: 0,
    units: 0,
    members: 0,
    supplementRequests: 0,
    decisions: 0,
    events: 0,
    seconds: { insert: 0, indexes: 0, analyze: 0 },
  };
  let dropped: { name: string; definition: string }[] = [];
  try {
    // No triggers or foreign-key checks for this session's bulk load (also no NOTIFY per event).
    await client.query(`SET loket.notify_events = 'off'`);
    const replica = await client
      .query(`SET session_replication_role = replica`)
      .then(() => true)
      .catch(() => false); // not a superuser: foreign keys are checked, which is only slower
    if (options.rebuildIndexes ?? true) {
      const { rows } = await client.query<{ name: string; definition: string }>(
        `SELECT i.indexname::text AS name, i.indexdef AS definition
           FROM pg_indexes i
          WHERE i.schemaname = 'public' AND i.tablename::text = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        [[...tables]],
      );
      dropped = rows;
      for (const index of dropped) await client.query(`DROP INDEX IF EXISTS "${index.name}"`);
    }

    const members = syntheticMembers(options.seed);
    await insertColumns(
      client,
      'member',
      [
        ['id', 'text'],
        ['name', 'text'],
        ['authority', '"Part"'],
        ['region', '"Region"'],
      ],
      members.map((m) => [m.id, m.name, m.authority, m.region]),
    );
    result.members = members.length;

    const employers = syntheticEmployers(options);
    const employerNames = new Map(employers.map((e) => [e.id, e.name]));
    for (let i = 0; i < employers.length; i += batchSize) {
      const slice = employers.slice(i, i + batchSize);
      await insertColumns(
        client,
        'organisation',
        [
          ['id', 'uuid'],
          ['kind', '"OrganisationKind"'],
          ['name', 'text'],
          ['enterprise_number', 'text'],
        ],
        slice.map((e) => [e.id, 'employer', e.name, e.enterpriseNumber]),
      );
      const units = slice.flatMap((e) => e.units);
      await insertColumns(
        client,
        'establishment_unit',
        [
          ['id', 'uuid'],
          ['employer_id', 'uuid'],
          ['name', 'text'],
          ['street', 'text'],
          ['postal_code', 'text'],
          ['municipality', 'text'],
          ['region', '"Region"'],
          ['province', '"Province"'],
        ],
        units.map((u) => [
          u.id,
          u.employerId,
          u.name,
          u.street,
          u.postalCode,
          u.municipality,
          u.region,
          u.province,
        ]),
      );
      result.employers += slice.length;
      result.units += units.length;
    }

    let batch: SyntheticApplication[] = [];
    const flush = async (batch: SyntheticApplication[]) => {
      await client.query('BEGIN');
      await insertColumns(
        client,
        'application',
        [
          ['id', 'uuid'],
          ['reference', 'text'],
          ['state', '"ApplicationState"'],
          ['version', 'int'],
          ['employer_id', 'uuid'],
          ['establishment_unit_id', 'uuid'],
          ['region', '"Region"'],
          ['province', '"Province"'],
          ['category', '"Category"'],
          ['job_title', 'text'],
          ['gross_annual_salary_eur', 'int'],
          ['worker_given_name', 'text'],
          ['worker_family_name', 'text'],
          ['worker_birth_date', 'date'],
          ['worker_sex', '"Sex"'],
          ['worker_nationality', 'char(2)'],
          ['worker_situation', '"WorkerSituation"'],
          ['created_by', 'text'],
          ['created_at', 'timestamptz'],
          ['updated_at', 'timestamptz'],
          ['submitted_at', 'timestamptz'],
          ['admissible_at', 'timestamptz'],
          ['work_decided_at', 'timestamptz'],
          ['residence_decided_at', 'timestamptz'],
          ['closed_at', 'timestamptz'],
          ['decision_deadline', 'timestamptz'],
          ['clock_paused_since', 'timestamptz'],
          ['work_assignee_id', 'text'],
          ['residence_assignee_id', 'text'],
          // What the trigger would write (triggers are off for this load): the domain's normalisation.
          ['search_text', 'text'],
        ],
        batch.map((a) => [
          a.id,
          a.reference,
          a.state,
          a.version,
          a.employerId,
          a.unitId,
          a.region,
          a.province,
          a.category,
          a.jobTitle,
          a.salary,
          a.givenName,
          a.familyName,
          a.birthDate.toISOString().slice(0, 10),
          a.sex,
          a.nationality,
          a.situation,
          'synthetic-applicant',
          a.createdAt,
          a.updatedAt,
          a.submittedAt,
          a.admissibleAt,
          a.workDecidedAt,
          a.residenceDecidedAt,
          a.closedAt,
          a.decisionDeadline,
          a.clockPausedSince,
          a.workAssigneeId,
          a.residenceAssigneeId,
          searchTextOf([a.reference, employerNames.get(a.employerId), a.givenName, a.familyName]),
        ]),
      );
      const supplements = batch.flatMap((a) => a.supplements.map((s) => ({ a, s })));
      await insertColumns(
        client,
        'supplement_request',
        [
          ['id', 'uuid'],
          ['application_id', 'uuid'],
          ['requested_by', 'text'],
          ['part', '"Part"'],
          ['document_types', 'text', '"DocumentType"[]'],
          ['message', 'text'],
          ['due_date', 'date'],
          ['status', '"SupplementStatus"'],
          ['answered_by', 'text'],
          ['answered_at', 'timestamptz'],
          ['created_at', 'timestamptz'],
        ],
        supplements.map(({ a, s }) => [
          s.id,
          a.id,
          s.requestedBy,
          s.part,
          s.part === 'work' ? '{diploma}' : '{medical_certificate}',
          'Please add the requested document.',
          s.dueDate.toISOString().slice(0, 10),
          s.answeredAt ? 'answered' : 'open',
          s.answeredAt ? 'synthetic-applicant' : null,
          s.answeredAt,
          s.createdAt,
        ]),
      );
      const decisions = batch.flatMap((a) => a.decisions.map((d) => ({ a, d })));
      await insertColumns(
        client,
        'decision',
        [
          ['id', 'uuid'],
          ['application_id', 'uuid'],
          ['part', '"Part"'],
          ['outcome', '"DecisionOutcome"'],
          ['grounds', 'text', 'text[]'],
          ['motivation', 'text'],
          ['decided_by', 'text'],
          ['decided_at', 'timestamptz'],
        ],
        decisions.map(({ a, d }) => [
          d.id,
          a.id,
          d.part,
          d.outcome,
          `{${d.grounds.join(',')}}`,
          d.outcome === 'granted' ? 'Conditions met.' : 'See the grounds.',
          d.decidedBy,
          d.decidedAt,
        ]),
      );
      let events = 0;
      if (withEvents) {
        const rows = batch.flatMap((a) =>
          a.events.map((e) => [
            a.id,
            e.action,
            e.fromState,
            e.toState,
            e.actorId,
            e.actorName,
            e.actorRole,
            e.reason,
            e.at,
          ]),
        );
        await insertColumns(
          client,
          'application_event',
          [
            ['application_id', 'uuid'],
            ['action', 'text'],
            ['from_state', '"ApplicationState"'],
            ['to_state', '"ApplicationState"'],
            ['actor_id', 'text'],
            ['actor_name', 'text'],
            ['actor_role', 'text'],
            ['reason', 'text'],
            ['at', 'timestamptz'],
          ],
          rows,
        );
        events = rows.length;
      }
      await client.query('COMMIT');
      result.applications += batch.length;
      result.supplementRequests += supplements.length;
      result.decisions += decisions.length;
      result.events += events;
      options.onProgress?.(result.applications, options.count);
    };
    for (const app of syntheticApplications(options, employers, members)) {
      batch.push(app);
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
    if (replica) await client.query(`SET session_replication_role = origin`);
    const inserted = performance.now();
    result.seconds.insert = (inserted - started) / 1000;

    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET max_parallel_maintenance_workers = 2`);
    for (const index of dropped) await client.query(index.definition);
    const indexed = performance.now();
    result.seconds.indexes = (indexed - inserted) / 1000;
    // The statistics' summary is kept by triggers, which the load ran without: recount it.
    await client.query('SELECT loket_statistics_rebuild()');
    for (const table of [...tables, 'statistics_fact', 'statistics_tally']) {
      await client.query(`VACUUM ANALYZE "${table}"`);
    }
    result.seconds.analyze = (performance.now() - indexed) / 1000;
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // Put back whatever index is missing, so the database is left usable.
    for (const index of dropped) {
      await client
        .query(index.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '))
        .catch(() => undefined);
    }
    throw error;
  } finally {
    await client.end();
  }
}
