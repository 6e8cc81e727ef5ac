/**
 * A PostgreSQL schema migrated by a newer `@yizhan/store-postgres` than this one: it has
 * migrations this code does not know, so using it could damage it. Nothing was changed.
 * Seen when an old server starts after a new one has upgraded the database.
 */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
  /** The highest migration recorded in the schema. */
  readonly databaseVersion: number;
  /** The highest migration this code knows. */
  readonly knownVersion: number;

  constructor(schema: string, databaseVersion: number, knownVersion: number) {
    super(
      `The PostgreSQL schema "${schema}" has schema version ${databaseVersion}, but this @yizhan/store-postgres knows versions up to ${knownVersion}. ` +
        'A newer Yizhan has migrated it: upgrade this server to that version (every server of one database runs the same version). Nothing was changed. ' +
        `(数据库结构版本为 ${databaseVersion}，本程序只认识到 ${knownVersion}：请把这台服务器升级到与其他服务器相同的版本。数据库未被修改。)`,
    );
    this.databaseVersion = databaseVersion;
    this.knownVersion = knownVersion;
  }
}
