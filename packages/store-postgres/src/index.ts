/**
 * @yizhan/store-postgres: the Yizhan store for more than one machine. Any number of
 * identical servers share one PostgreSQL: migrations under an advisory lock,
 * version-guarded commits in one round trip, and leased timer claims with SKIP LOCKED.
 * The throwaway server for tests is in `@yizhan/store-postgres/testing`.
 */
export { SchemaVersionError } from './errors';
export {
  openPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
} from './open-postgres-store';
