export { type DevS3, type DevS3Options, startDevS3 } from './server.ts';
