export * from './applications.ts';
export * from './common.ts';
export * from './employers.ts';
export * from './events.ts';
export * from './notes.ts';
export * from './notifications.ts';
export * from './problem.ts';
export * from './uploads.ts';
