/**
 * @yizhan/store-sqlite: the embedded default store of Yizhan. One SQLite file (WAL),
 * schema migrations on open, version-guarded commits written durably, and leased timer
 * claims for schedulers in several processes.
 */
export { SchemaVersionError } from './errors';
export { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from './open-sqlite-store';
