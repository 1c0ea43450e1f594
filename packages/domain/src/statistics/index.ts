export * from './definitions.ts';
export * from './suppression.ts';
