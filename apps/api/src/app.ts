import { AjvCompiler } from '@fastify/ajv-compiler';
import type { AccessTokenVerifier } from '@loket/auth';
import type { Db } from '@loket/db';
import type { Scanner } from '@loket/scanner';
import type { MultipartStore, ObjectStore } from '@loket/storage';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import nodemailer from 'nodemailer';
import type { Config } from './config.ts';
import { applicationRoutes } from './modules/applications/applications.routes.ts';
import { createApplicationService } from './modules/applications/applications.service.ts';
import { assignmentRoutes } from './modules/assignments/assignments.routes.ts';
import { createAssignmentService } from './modules/assignments/assignments.service.ts';
import { backfillClocks } from './modules/deadlines/clock-sync.ts';
import { deadlineRoutes } from './modules/deadlines/deadlines.routes.ts';
import { createDeadlineService } from './modules/deadlines/deadlines.service.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { createDocumentService } from './modules/documents/documents.service.ts';
import { employerRoutes } from './modules/employers/employers.routes.ts';
import { createEmployerService } from './modules/employers/employers.service.ts';
import { eventRoutes } from './modules/events/events.routes.ts';
import { createLiveEvents } from './modules/events/live-events.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { inboxRoutes } from './modules/inbox/inbox.routes.ts';
import { createInboxService } from './modules/inbox/inbox.service.ts';
import { createDecisionLetters } from './modules/letters/decision-letters.ts';
import { messageRoutes } from './modules/messages/messages.routes.ts';
import { createMessageService } from './modules/messages/messages.service.ts';
import { noteRoutes } from './modules/notes/notes.routes.ts';
import { createNoteService } from './modules/notes/notes.service.ts';
import { createMailWorker } from './modules/notifications/mail-worker.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { createNotificationService } from './modules/notifications/notifications.service.ts';
import { createNotifier } from './modules/notifications/notifier.ts';
import { createMaintenance, liveUploadIds } from './modules/reaper/maintenance.ts';
import { createReaper } from './modules/reaper/reaper.service.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { createReviewService } from './modules/review/review.service.ts';
import { savedViewRoutes } from './modules/saved-views/saved-views.routes.ts';
import { createSavedViewService } from './modules/saved-views/saved-views.service.ts';
import { createScanningService } from './modules/scanning/scanning.service.ts';
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { createStatisticsService } from './modules/statistics/statistics.service.ts';
import { teamRoutes } from './modules/team/team.routes.ts';
import { createTeamService } from './modules/team/team.service.ts';
import { createThroughputService } from './modules/throughput/throughput.service.ts';
import { uploadRoutes } from './modules/uploads/uploads.routes.ts';
import { createUploadService } from './modules/uploads/uploads.service.ts';
import authentication from './plugins/app/authentication.ts';
import problems, { clientErrorHandler } from './plugins/app/problems.ts';
import http from './plugins/external/http.ts';
import swagger from './plugins/external/swagger.ts';

export interface AppDependencies {
  config: Pick<Config, 'corsOrigins' | 'uploadMaxBytes' | 'logLevel'> &
    Partial<Pick<Config, 'resumableUploads' | 'scanSweepIntervalMs' | 'maintenance' | 'liveEvents' | 'mail'>>;
  db: Db;
  store: ObjectStore;
  /** The same bucket for uploads that span requests (resumable uploads). */
  multipart: MultipartStore;
  verifier: AccessTokenVerifier;
  /** clamd. Without it nothing is ever scanned: uploads stay pending and no authority can open them. */
  scanner?: Scanner;
}

/**
 * Builds the API from its dependencies, which the caller creates (the server from config, tests
 * from real test instances). Plugins register in the order external -> app -> routes.
 */
export async function buildApp(
  deps: AppDependencies,
  options: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      // Paths only: query strings and headers may carry names or tokens, and IPs are personal data.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: 64 * 1024,
    requestTimeout: 0, // uploads of big files over slow links must not be cut by a global timer
    clientErrorHandler,
    ...options,
  });

  // Query strings and path parameters arrive as text: their numbers, booleans and lists are
  // converted. A JSON body states its own types: a string where a number belongs, or `false` where
  // a name belongs, is refused, not converted (Schemathesis found `name: false` stored as "false").
  const buildValidator = AjvCompiler();
  const ajvOptions = { removeAdditional: false, useDefaults: true, allErrors: true } as const;
  const strictBody = buildValidator({}, { customOptions: { ...ajvOptions, coerceTypes: false } });
  const convertingText = buildValidator({}, { customOptions: { ...ajvOptions, coerceTypes: 'array' } });
  app.setValidatorCompiler((route) => (route.httpPart === 'body' ? strictBody : convertingText)(route));

  await app.register(http, {
    corsOrigins: deps.config.corsOrigins,
    uploadMaxBytes: deps.config.uploadMaxBytes,
  });
  await app.register(swagger);

  await app.register(problems);
  await app.register(authentication, { verifier: deps.verifier });

  const employers = createEmployerService({ db: deps.db });
  // Mails to applicants: queued by each change in its own transaction, delivered by a worker (docs/adr/0007).
  const mailConfig = deps.config.mail;
  const mailer = mailConfig?.smtpUrl
    ? createMailWorker({
        db: deps.db,
        transport: nodemailer.createTransport({
          url: mailConfig.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        }),
        from: mailConfig.from,
        log: app.log.child({ module: 'mail' }),
        sweepIntervalMs: mailConfig.sweepIntervalMs,
        retryBaseMs: mailConfig.retryBaseMs,
      })
    : undefined;
  const notifier = createNotifier({
    portalUrl: mailConfig?.portalUrl ?? 'http://localhost:5173',
    kick: () => mailer?.kick(),
  });
  app.addHook('onReady', async () => {
    if (mailer) mailer.start();
    else app.log.warn('no SMTP_URL configured: mails to applicants are queued, not sent');
  });
  app.addHook('onClose', async () => mailer?.stop());

  const applications = createApplicationService({
    db: deps.db,
    notifier,
    throughput: createThroughputService({ db: deps.db }),
  });
  const scanning = deps.scanner
    ? createScanningService({
        db: deps.db,
        store: deps.store,
        scanner: deps.scanner,
        log: app.log.child({ module: 'scanning' }),
        ...(deps.config.scanSweepIntervalMs ? { sweepIntervalMs: deps.config.scanSweepIntervalMs } : {}),
      })
    : undefined;
  const documents = createDocumentService({
    db: deps.db,
    store: deps.store,
    maxBytes: deps.config.uploadMaxBytes,
    ...(scanning ? { onVersionRecorded: () => scanning.kick() } : {}),
  });
  // Scanning runs while the app is up: a first sweep at start, then on every upload and timer.
  app.addHook('onReady', async () => {
    if (scanning) scanning.start();
    else app.log.warn('no virus scanner configured: uploads stay pending and no authority can open them');
  });
  app.addHook('onClose', async () => {
    await scanning?.stop();
  });
  // Each decision's letter is stored through `documents` (so it is scanned like any upload).
  const review = createReviewService({
    db: deps.db,
    applications,
    notifier,
    letters: createDecisionLetters({ db: deps.db, store: deps.store, documents }),
  });

  const uploads = createUploadService({
    db: deps.db,
    store: deps.store,
    multipart: deps.multipart,
    documents,
    maxBytes: deps.config.resumableUploads?.maxBytes ?? 1024 * 1024 * 1024,
    simpleMaxBytes: deps.config.uploadMaxBytes,
    partBytes: deps.multipart.partBytes,
    sessionTtlSeconds: deps.config.resumableUploads?.sessionTtlSeconds ?? 24 * 3600,
  });
  app.decorate('uploads', { abortExpiredUploads: uploads.abortExpiredUploads });

  // Clean-up after crashes and abandoned uploads, when configured (the server does; tests call it).
  const maintenanceConfig = deps.config.maintenance;
  if (maintenanceConfig) {
    const maintenance = createMaintenance({
      reaper: createReaper({
        db: deps.db,
        store: deps.store,
        multipart: deps.multipart,
        graceMs: maintenanceConfig.graceMs,
        liveUploadIds: () => liveUploadIds(deps.db),
      }),
      abortExpiredUploads: () => uploads.abortExpiredUploads(),
      intervalMs: maintenanceConfig.intervalMs,
      log: app.log.child({ module: 'maintenance' }),
    });
    app.addHook('onReady', async () => maintenance.start());
    app.addHook('onClose', async () => maintenance.stop());
  }

  // Live updates (GET /v1/events): one LISTEN connection; streams end before the server closes.
  const live = createLiveEvents({
    db: deps.db,
    log: app.log.child({ module: 'events' }),
    ...deps.config.liveEvents,
  });
  app.addHook('onReady', async () => live.start());
  app.addHook('preClose', async () => live.close());

  // The inbox: worklists, assignment within teams learned from sign-ins, saved views, the extension.
  const team = createTeamService({ db: deps.db });
  const inbox = createInboxService({ db: deps.db });
  const assignments = createAssignmentService({
    db: deps.db,
    team,
    log: app.log.child({ module: 'assignments' }),
  });
  const deadlines = createDeadlineService({ db: deps.db, applications });
  // Submitted applications from before the stored clock existed get theirs (a no-op afterwards),
  // in the background: readiness never waits for it.
  app.addHook('onReady', async () => {
    backfillClocks(deps.db)
      .then((filled) => filled > 0 && app.log.info({ filled }, 'stored legal clocks backfilled'))
      .catch((error: Error) =>
        app.log.error({ err: { type: error.name } }, 'stored legal clock backfill failed'),
      );
  });

  await app.register(healthRoutes, { db: deps.db, store: deps.store });
  await app.register(
    async (v1) => {
      // Every /v1 route needs a verified user: enforced here, once.
      v1.addHook('onRequest', v1.authenticate);
      // Caseworkers become members of their service's team as they sign in (cached per person).
      v1.addHook('onRequest', async (request) => team.learn(request.actor));
      await v1.register(employerRoutes, { employers });
      await v1.register(applicationRoutes, { applications });
      await v1.register(reviewRoutes, { review });
      await v1.register(noteRoutes, { notes: createNoteService({ db: deps.db }) });
      await v1.register(documentRoutes, { documents });
      await v1.register(uploadRoutes, { uploads });
      await v1.register(inboxRoutes, { inbox });
      await v1.register(teamRoutes, { team });
      await v1.register(assignmentRoutes, { assignments });
      await v1.register(deadlineRoutes, { deadlines });
      await v1.register(savedViewRoutes, { savedViews: createSavedViewService({ db: deps.db }) });
      await v1.register(eventRoutes, { live });
      await v1.register(notificationRoutes, { notifications: createNotificationService({ db: deps.db }) });
      await v1.register(statisticsRoutes, { statistics: createStatisticsService({ db: deps.db }) });
      await v1.register(messageRoutes, { messages: createMessageService({ db: deps.db }) });
    },
    { prefix: '/v1' },
  );
  return app;
}
