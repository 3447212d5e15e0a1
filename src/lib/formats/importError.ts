/** An input the importer cannot understand; says where (file and line) and what was expected. */
export class ImportError extends Error {
  constructor(
    /** What is wrong, without the file and line (which the message begins with). */
    readonly reason: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** A problem with a framework a person loaded: which file, where, and what was expected. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}
