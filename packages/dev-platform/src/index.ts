export { demoLogins } from './demo-logins.ts';
export { defaultPorts, type Platform, type PlatformOptions, startPlatform } from './platform.ts';
export { portEnv, portsFromEnv, portVariables, type StartPorts } from './port-env.ts';
