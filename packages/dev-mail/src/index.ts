export { type CaughtMail, type DevMail, type DevMailOptions, startDevMail } from './server.ts';
