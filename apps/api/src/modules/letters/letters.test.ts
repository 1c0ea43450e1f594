import { actorFromClaims } from '@loket/auth';
import type { ApplicationDetail, EmployerList } from '@loket/contracts';
import { groundSentence, type Language } from '@loket/domain';
import { pdfText } from '@loket/pdf-text';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import type { DemoUser } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';
import { createApplicationService } from '../applications/applications.service.ts';
import { createReviewService } from '../review/review.service.ts';
import { createDecisionLetters } from './decision-letters.ts';

const { h, steps } = useHarness();

/** A submitted application of `user`'s employer at `postalCode`, in `language` (or the region's default). */
async function submitted(user: DemoUser, postalCode: string, language?: Language) {
  const draft = await steps.draft(user, postalCode);
  const edited = language
    ? await steps.call<ApplicationDetail>(user, 'PATCH', `/v1/applications/${draft.id}`, {
        version: draft.version,
        language,
      })
    : draft;
  await steps.uploadChecklist(user, edited);
  return steps.call<ApplicationDetail>(user, 'POST', `/v1/applications/${draft.id}/submit`);
}

/** The letter of a decision, as the applicant downloads it, with its extracted text. */
async function letterOf(app: ApplicationDetail, part: 'work' | 'residence', user: DemoUser = 'anna') {
  const decision = app.decisions.find((d) => d.part === part);
  expect(decision?.letterVersionId).toBeTruthy();
  const letters = app.documents.filter((d) => d.type === 'decision_letter');
  const version = letters.flatMap((d) => d.versions).find((v) => v.id === decision?.letterVersionId);
  expect(version).toMatchObject({ mediaType: 'application/pdf' });
  const res = await steps.downloadScanned(user, app.id, decision?.letterVersionId ?? '');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('application/pdf');
  return { decision, version, text: await pdfText(res.rawPayload) };
}

describe('the applicant’s language', () => {
  it('is chosen on the draft, and null goes back to the default of the region', async () => {
    const employers = await steps.call<EmployerList>('bart', 'GET', '/v1/employers');
    const employer = employers.items[0];
    const brussels = employer?.establishmentUnits.find((u) => u.postalCode === '1000');
    const created = await steps.call<ApplicationDetail>('bart', 'POST', '/v1/applications', {
      employerId: employer?.id,
      language: 'de',
    });
    expect(created.language).toBe('de');
    const reset = await steps.call<ApplicationDetail>('bart', 'PATCH', `/v1/applications/${created.id}`, {
      version: created.version,
      language: null,
      establishmentUnitId: brussels?.id,
    });
    expect(reset.language).toBe('fr');
    const invalid = await h.app.inject({
      method: 'PATCH',
      url: `/v1/applications/${created.id}`,
      headers: await h.as('bart'),
      payload: { version: reset.version, language: 'es' },
    });
    expect(invalid.statusCode).toBe(400);
  });
});

describe('decision letters', () => {
  it('refuses the work part in Dutch (the default in Flanders): outcome, both seed grounds, motivation, appeal', async () => {
    const app = await submitted('anna', '2000');
    expect(app.language).toBe('nl');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    const decided = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/work-decision`,
      {
        outcome: 'refused',
        grounds: ['worker_present_before_authorisation', 'not_shortage_occupation'],
        motivation: 'De werknemer werkte al in België sinds maart.',
      },
    );
    const asApplicant = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`);
    const { decision, text } = await letterOf(asApplicant, 'work');
    expect(decided.decisions[0]?.letterVersionId).toBe(decision?.letterVersionId);

    expect(text).toContain(app.reference);
    expect(text).toContain('Vlaamse overheid');
    expect(text).toContain('Het arbeidsgedeelte van de aanvraag wordt geweigerd.');
    expect(text).toContain(groundSentence('worker_present_before_authorisation', 'nl'));
    expect(text).toContain(groundSentence('not_shortage_occupation', 'nl'));
    expect(text).toContain('De werknemer werkte al in België sinds maart.');
    expect(text).toContain('Vlaamse minister bevoegd voor Werk');
    expect(text).toContain('Brouwerij De Klok NV');
    expect(text).toContain('Ravi Testworker');
    expect(decision?.appeal).toContain('Vlaamse minister bevoegd voor Werk');
    expect(text).toContain(decision?.appeal ?? 'no appeal text');
  });

  it('declares a Brussels file inadmissible in French (the Brussels default)', async () => {
    const app = await submitted('bart', '1000');
    expect(app.language).toBe('fr');
    await steps.call('bruno', 'POST', `/v1/applications/${app.id}/admissibility`, {
      admissible: false,
      grounds: ['incomplete_file', 'fee_unpaid'],
      motivation: 'Le contrat de travail n’est pas signé.',
    });
    const asApplicant = await steps.call<ApplicationDetail>('bart', 'GET', `/v1/applications/${app.id}`);
    expect(asApplicant.state).toBe('inadmissible');
    const { decision, text } = await letterOf(asApplicant, 'work', 'bart');
    expect(decision).toMatchObject({ outcome: 'inadmissible' });
    expect(text).toContain(app.reference);
    expect(text).toContain('Bruxelles Économie et Emploi');
    expect(text).toContain('La demande est irrecevable.');
    expect(text).toContain(groundSentence('incomplete_file', 'fr'));
    expect(text).toContain(groundSentence('fee_unpaid', 'fr'));
    expect(text).toContain('Le contrat de travail n’est pas signé.');
    expect(text).toContain('Région de Bruxelles-Capitale chargé de l’Emploi');
    expect(text).toContain('nouvelle demande complète');
  });

  it('writes in German when the applicant chose it: the work grant, then the residence refusal', async () => {
    const app = await submitted('anna', '2000', 'de');
    expect(app.language).toBe('de');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/work-decision`, { outcome: 'granted' });
    await steps.call('rita', 'POST', `/v1/applications/${app.id}/residence-decision`, {
      outcome: 'refused',
      grounds: ['public_order'],
      motivation: 'Eintrag im Strafregister.',
    });
    const asApplicant = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`);
    const work = await letterOf(asApplicant, 'work');
    expect(work.text).toContain('Der Arbeitsteil des Antrags wird bewilligt.');
    expect(work.decision?.appeal).toBeNull();
    const residence = await letterOf(asApplicant, 'residence');
    expect(residence.text).toContain(app.reference);
    expect(residence.text).toContain('FÖD Inneres · Ausländeramt');
    expect(residence.text).toContain('Der Aufenthaltsteil des Antrags wird abgelehnt.');
    expect(residence.text).toContain(groundSentence('public_order', 'de'));
    expect(residence.text).toContain('Eintrag im Strafregister.');
    expect(residence.text).toContain('Rat für Ausländerstreitsachen');
    expect(residence.decision?.appeal).toContain('Rat für Ausländerstreitsachen');
    // Two letters, one per deciding authority, each its own document.
    const letters = asApplicant.documents.filter((d) => d.type === 'decision_letter');
    expect(letters).toHaveLength(2);
    expect(letters.every((d) => d.audience === 'both')).toBe(true);
  });

  it('issues the combined permit in English when both parts are positive', async () => {
    const app = await submitted('anna', '2000', 'en');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/work-decision`, { outcome: 'granted' });
    await steps.call('rita', 'POST', `/v1/applications/${app.id}/residence-decision`, {
      outcome: 'granted',
      motivation: 'All conditions are met.',
    });
    const asApplicant = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`);
    expect(asApplicant.state).toBe('permit_granted');
    const { text, decision } = await letterOf(asApplicant, 'residence');
    expect(text).toContain(app.reference);
    expect(text).toContain('Single permit granted');
    expect(text).toContain(
      'The single permit is granted: both the work part and the residence part are positive.',
    );
    expect(text).toContain('All conditions are met.');
    expect(text).not.toContain('Appeal');
    expect(decision?.appeal).toBeNull();
  });

  it('is scanned like any upload, shown to both services, and recorded in the history', async () => {
    const app = await submitted('anna', '2000');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/work-decision`, { outcome: 'granted' });
    await h.scanned(app.id);
    const version = await h.db.documentVersion.findFirstOrThrow({
      where: { document: { applicationId: app.id, type: 'decision_letter' } },
      include: { document: true },
    });
    expect(version.scanStatus).toBe('clean');
    expect(version.document).toMatchObject({ origin: 'work', audience: 'both', visibleToApplicant: true });
    expect(version.fileName).toBe(`decision-${app.reference}-work-nl.pdf`);
    for (const user of ['wout', 'rita'] as const) {
      expect((await steps.download(user, app.id, version.id)).statusCode).toBe(200);
    }
    const history = await steps.call<{ items: { action: string }[] }>(
      'anna',
      'GET',
      `/v1/applications/${app.id}/history`,
    );
    expect(history.items.map((e) => e.action).slice(-2)).toEqual([
      'grant_work_part',
      'add_authority_document',
    ]);
  });

  it('leaves no letter behind when the decision loses a race, and decides nothing when the letter cannot be stored', async () => {
    const app = await submitted('anna', '2000');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    const url = `/v1/applications/${app.id}/work-decision`;
    const [a, b] = await Promise.all(
      (['granted', 'refused'] as const).map(async (outcome) =>
        h.app.inject({
          method: 'POST',
          url,
          headers: await h.as('wout'),
          payload: outcome === 'granted' ? { outcome } : { outcome, grounds: ['salary_below_threshold'] },
        }),
      ),
    );
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 409]);
    const rows = await h.db.documentVersion.findMany({
      where: { document: { applicationId: app.id, type: 'decision_letter' } },
    });
    expect(rows).toHaveLength(1);
    const keys: string[] = [];
    for await (const o of h.store.listKeys(`applications/${app.id}/documents/`)) keys.push(o.key);
    expect(keys).toContain(rows[0]?.objectKey);
    const versions = await h.db.documentVersion.findMany({ where: { document: { applicationId: app.id } } });
    expect(keys.sort()).toEqual(versions.map((v) => v.objectKey).sort());

    // Storage down while the letter is stored: the decision is not taken at all.
    const second = await submitted('anna', '2000');
    await steps.call('wout', 'POST', `/v1/applications/${second.id}/admissibility`, { admissible: true });
    const applications = createApplicationService({ db: h.db });
    const review = createReviewService({
      db: h.db,
      applications,
      letters: createDecisionLetters({
        db: h.db,
        store: h.store,
        documents: {
          storeFile: async () => {
            throw new AppError('storage_unavailable', 'Document storage is unavailable right now.');
          },
          recordVersion: async () => {
            throw new Error('not reached');
          },
          versionCommitted: () => undefined,
        },
      }),
    });
    const claims = JSON.parse(
      Buffer.from((await h.token('wout')).split('.')[1] ?? '', 'base64url').toString(),
    );
    const wout = actorFromClaims(claims);
    await expect(
      review.decideWorkPart(wout, second.id, { outcome: 'granted', grounds: [], motivation: '' }),
    ).rejects.toMatchObject({
      code: 'storage_unavailable',
    });
    const after = await h.db.application.findUniqueOrThrow({
      where: { id: second.id },
      include: { decisions: true },
    });
    expect(after.state).toBe('work_review');
    expect(after.decisions).toEqual([]);
  });
});
