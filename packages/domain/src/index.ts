export * from './clock.ts';
export * from './documents.ts';
export * from './grounds.ts';
export * from './places.ts';
export * from './procedure.ts';
export * from './requirements.ts';
export * from './submission.ts';
export * from './vocabulary.ts';
