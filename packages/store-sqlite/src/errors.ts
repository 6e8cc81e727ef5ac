/**
 * A database file written by a newer `@yizhan/store-sqlite` than this one: its schema has
 * migrations this code does not know, so opening it could damage it. Nothing was changed.
 */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
  /** The highest migration recorded in the file. */
  readonly fileVersion: number;
  /** The highest migration this code knows. */
  readonly knownVersion: number;

  constructor(file: string, fileVersion: number, knownVersion: number) {
    super(
      `The SQLite file "${file}" has schema version ${fileVersion}, but this @yizhan/store-sqlite knows versions up to ${knownVersion}. ` +
        'It was written by a newer Yizhan: upgrade @yizhan/store-sqlite to open it, or restore a backup made before the upgrade. The file was not changed. ' +
        `(数据库文件的结构版本为 ${fileVersion}，本程序只认识到 ${knownVersion}：请升级 @yizhan/store-sqlite，或使用升级前的备份。文件未被修改。)`,
    );
    this.fileVersion = fileVersion;
    this.knownVersion = knownVersion;
  }
}
