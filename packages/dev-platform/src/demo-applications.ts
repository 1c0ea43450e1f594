import { Readable } from 'node:stream';
import { type Db, demoIds } from '@loket/db';
import { createApplication } from '@loket/db/seed';
import type { ApplicationState, DocumentType } from '@loket/domain';
import { audienceOf } from '@loket/domain';
import { textPdf } from '@loket/pdf-text';
import type { ObjectStore } from '@loket/storage';

const seededBy = 'demo-seed';

interface DemoApplication {
  employerId: string;
  establishmentUnitId: string;
  state: ApplicationState;
  documents: DocumentType[];
}

/** A few files in different states, so every inbox has something in it on the first start. */
const demoApplications: DemoApplication[] = [
  {
    employerId: demoIds.brouwerij,
    establishmentUnitId: demoIds.brouwerijAntwerpen,
    state: 'draft',
    documents: ['passport'],
  },
  {
    employerId: demoIds.brouwerij,
    establishmentUnitId: demoIds.brouwerijGent,
    state: 'submitted',
    documents: ['passport', 'employment_contract', 'diploma'],
  },
  {
    employerId: demoIds.zorggroep,
    establishmentUnitId: demoIds.zorggroepLeuven,
    state: 'work_review',
    documents: ['passport', 'employment_contract', 'medical_certificate'],
  },
  {
    employerId: demoIds.zorggroep,
    establishmentUnitId: demoIds.zorggroepBrussel,
    state: 'submitted',
    documents: ['passport', 'employment_contract'],
  },
];

/**
 * Seeds the demo applications once (idempotent: does nothing if they exist), with real PDF
 * objects in the store so downloads work. Returns how many were created.
 */
export async function seedDemoApplications(db: Db, store: ObjectStore): Promise<number> {
  if ((await db.application.count({ where: { createdBy: seededBy } })) > 0) return 0;
  for (const demo of demoApplications) {
    const app = await createApplication(db, {
      employerId: demo.employerId,
      establishmentUnitId: demo.establishmentUnitId,
      state: demo.state,
      createdBy: seededBy,
    });
    await db.applicationEvent.create({
      data: {
        applicationId: app.id,
        action: 'create_draft',
        fromState: null,
        toState: 'draft',
        actorId: seededBy,
        actorName: 'Demo data',
        actorRole: 'applicant',
        reason: 'Created as demo data',
      },
    });
    if (demo.state !== 'draft') {
      await db.applicationEvent.create({
        data: {
          applicationId: app.id,
          action: 'submit',
          fromState: 'draft',
          toState: demo.state,
          actorId: seededBy,
          actorName: 'Demo data',
          actorRole: 'applicant',
          reason: demo.state === 'submitted' ? null : 'Demo data: placed directly in this state',
        },
      });
    }
    for (const type of demo.documents) {
      const document = await db.document.create({
        data: { applicationId: app.id, type, audience: audienceOf(type) },
      });
      const versionId = crypto.randomUUID();
      const objectKey = `applications/${app.id}/documents/${versionId}`;
      const stored = await store.putStream(
        objectKey,
        Readable.from([demoPdf(`${type} of ${app.reference}`)]),
        {
          contentType: 'application/pdf',
        },
      );
      await db.documentVersion.create({
        data: {
          id: versionId,
          documentId: document.id,
          number: 1,
          objectKey,
          fileName: `${type.replaceAll('_', '-')}.pdf`,
          mediaType: 'application/pdf',
          sizeBytes: BigInt(stored.sizeBytes),
          sha256: stored.sha256,
          scanStatus: 'clean',
          uploadedBy: seededBy,
          uploadedByRole: 'applicant',
        },
      });
    }
  }
  return demoApplications.length;
}

/** A one-page PDF that viewers open, saying what it stands for. */
function demoPdf(title: string): Buffer {
  return textPdf(`Loket demo document: ${title}`);
}
