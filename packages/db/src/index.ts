export { type CreateDbOptions, createDb, type Db, databaseUrlOf, queryRows } from './client.ts';
export { type EmbeddedPostgresOptions, type RunningPostgres, startEmbeddedPostgres } from './embedded.ts';
export {
  $Enums,
  type AccessLog,
  type Application,
  type ApplicationEvent,
  type Decision,
  type Document,
  type DocumentVersion,
  type EstablishmentUnit,
  type Organisation,
  Prisma,
  type SupplementRequest,
  type UploadSession,
} from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
export {
  applicationEventsChannel,
  createDatabaseListener,
  type DatabaseListener,
  type DatabaseListenerOptions,
  type ListenerLog,
} from './listen.ts';
export { ensureDatabase } from './migrate/database.ts';
export { migrateDatabase } from './migrate/deploy.ts';
export {
  authorities,
  authorityIds,
  demoEmployers,
  demoIds,
  seedDemoData,
  seedReferenceData,
} from './seed/index.ts';
