import { Readable } from 'node:stream';
import type { Actor } from '@loket/auth';
import type { Db, Prisma } from '@loket/db';
import {
  type Action,
  type ApplicationState,
  type DecisionGround,
  effectiveLanguage,
  type Part,
} from '@loket/domain';
import type { ObjectStore } from '@loket/storage';
import { authorize, findVisible } from '../applications/procedure.ts';
import type { DocumentService } from '../documents/documents.service.ts';
import { letterFileName, renderDecisionLetter } from './letter.ts';

export interface LetterDecision {
  action: Action;
  part: Part;
  outcome: 'granted' | 'refused' | 'inadmissible';
  grounds: readonly DecisionGround[];
  motivation: string;
}

/** A letter rendered and stored (object only), waiting to be recorded with its decision. */
export interface PreparedLetter {
  /** The decision's date as the letter states it: the decision row takes the same instant. */
  decidedAt: Date;
  versionId: string;
  /** Inside the decision's transaction: records the version (row, history event); returns its id. */
  record(tx: Prisma.TransactionClient, state: ApplicationState): Promise<string>;
  /** After the decision committed: the letter is scanned like any upload. */
  committed(): void;
  /** After the decision failed: removes the stored object (the reaper would, later). */
  discard(): Promise<void>;
}

export interface DecisionLetterDeps {
  db: Db;
  store: Pick<ObjectStore, 'remove'>;
  documents: Pick<DocumentService, 'storeFile' | 'recordVersion' | 'versionCommitted'>;
  now?: () => Date;
}

/**
 * Decision letters (docs/adr/0007): rendered in the applicant's language and stored before the
 * decision's transaction, recorded inside it, so a decision never exists without its letter nor a
 * letter row without its decision. If rendering or storing fails, nothing is decided.
 */
export function createDecisionLetters({ db, store, documents, now = () => new Date() }: DecisionLetterDeps) {
  return {
    async prepare(actor: Actor, applicationId: string, decision: LetterDecision): Promise<PreparedLetter> {
      const app = await db.application.findFirstOrThrow({
        where: { id: (await findVisible(db, actor, applicationId)).id },
        include: { employer: true, establishmentUnit: true },
      });
      // Refuse early (403/409) before any rendering; the transition checks again under its lock.
      const allowed = authorize(actor, app.state, decision.action);
      const decidedAt = now();
      const language = effectiveLanguage(app.language, app.region);
      const pdf = await renderDecisionLetter({
        language,
        part: decision.part,
        outcome: decision.outcome,
        region: app.region,
        reference: app.reference,
        decidedAt,
        employer: { name: app.employer.name, enterpriseNumber: app.employer.enterpriseNumber },
        place: app.establishmentUnit,
        worker: {
          givenName: app.workerGivenName,
          familyName: app.workerFamilyName,
          birthDate: app.workerBirthDate?.toISOString().slice(0, 10) ?? null,
          nationality: app.workerNationality,
        },
        jobTitle: app.jobTitle,
        grounds: decision.grounds,
        motivation: decision.motivation,
      });
      const fileName = letterFileName({ reference: app.reference, part: decision.part, language });
      const stored = await documents.storeFile(app.id, {
        type: 'decision_letter',
        fileName,
        stream: Readable.from([Buffer.from(pdf)]),
        truncated: () => false,
      });
      return {
        decidedAt,
        versionId: stored.versionId,
        async record(tx, state) {
          await documents.recordVersion(
            stored,
            {
              applicationId: app.id,
              applicationState: state,
              type: 'decision_letter',
              origin: decision.part,
              audience: 'both',
              visibleToApplicant: true,
              updateSharing: true,
              fileName,
              actor,
              role: allowed.role,
            },
            tx,
          );
          return stored.versionId;
        },
        committed: () => documents.versionCommitted(stored.versionId),
        discard: () => store.remove(stored.objectKey).catch(() => undefined),
      };
    },
  };
}

export type DecisionLetters = ReturnType<typeof createDecisionLetters>;
