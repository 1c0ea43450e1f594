import type { Region } from '@loket/domain';
import type { Db } from '../client.ts';
import { authorityIds } from './ids.ts';

interface Authority {
  id: string;
  kind: 'work_service' | 'residence_service';
  name: string;
  region: Region | null;
}

/** The competent authorities: one work service per region, one federal residence service. */
export const authorities: readonly Authority[] = [
  {
    id: authorityIds.workFlanders,
    kind: 'work_service',
    name: 'Departement Werk en Sociale Economie – Economische Migratie',
    region: 'flanders',
  },
  {
    id: authorityIds.workBrussels,
    kind: 'work_service',
    name: 'Brussel Economie en Werkgelegenheid / Bruxelles Économie et Emploi – Economische Migratie / Migration économique',
    region: 'brussels',
  },
  {
    id: authorityIds.workWallonia,
    kind: 'work_service',
    name: "SPW Économie, Emploi, Recherche – Direction de l'Emploi et des Permis de travail",
    region: 'wallonia',
  },
  {
    id: authorityIds.workGermanSpeaking,
    kind: 'work_service',
    name: 'Ministerium der Deutschsprachigen Gemeinschaft – Fachbereich Beschäftigung',
    region: 'german_speaking',
  },
  {
    id: authorityIds.residence,
    kind: 'residence_service',
    name: 'Dienst Vreemdelingenzaken / Office des Étrangers',
    region: null,
  },
];

/** Idempotent: re-running updates names in place and never duplicates an authority. */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.$transaction(
    authorities.map(({ id, kind, name, region }) =>
      db.organisation.upsert({
        where: { id },
        create: { id, kind, name, region },
        update: { kind, name, region },
      }),
    ),
  );
}
