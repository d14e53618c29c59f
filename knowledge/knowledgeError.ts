/** A knowledge file that cannot be used; the message names the file, the entry and the field. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid knowledge in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
