export {
  type AttributeClaim,
  defaultRealmFile,
  loadRealm,
  parseRealm,
  type Realm,
  type RealmClient,
  type RealmUser,
} from './realm.ts';
export { type DevIdp, type DevIdpOptions, generateSigningKey, startDevIdp } from './server.ts';
