export { type AppDependencies, buildApp } from './app.ts';
export { type Config, ConfigError, loadConfig } from './config.ts';
export { type RunningApi, startApi } from './server.ts';
