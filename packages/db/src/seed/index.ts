export * from './demo.ts';
export * from './factories.ts';
export * from './ids.ts';
export * from './reference.ts';
export * from './synthetic.ts';
