/**
 * Fixed ids of the seeded rows, so seeding is an idempotent upsert and tests, fixtures and the
 * dev IdP can refer to the same organisations across fresh databases.
 */
export const authorityIds = {
  workFlanders: '00000000-0000-4000-8000-000000000101',
  workBrussels: '00000000-0000-4000-8000-000000000102',
  workWallonia: '00000000-0000-4000-8000-000000000103',
  workGermanSpeaking: '00000000-0000-4000-8000-000000000104',
  residence: '00000000-0000-4000-8000-000000000201',
} as const;

export const demoIds = {
  brouwerij: '00000000-0000-4000-8000-000000001001',
  brouwerijAntwerpen: '00000000-0000-4000-8000-000000001011',
  brouwerijGent: '00000000-0000-4000-8000-000000001012',
  zorggroep: '00000000-0000-4000-8000-000000001002',
  zorggroepBrussel: '00000000-0000-4000-8000-000000001021',
  zorggroepLeuven: '00000000-0000-4000-8000-000000001022',
} as const;
