export { eicarTestString } from './eicar.ts';
export { type DevClamd, type DevClamdOptions, devSignature, startDevClamd } from './server.ts';
