/** An input the importer cannot understand; says where (file and line) and what was expected. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}, line ${line}: ${message}`);
    this.name = 'ImportError';
  }
}
