/** A reason the Teams app package cannot be built; the message names the setting or file and each problem in it. */
export class TeamsPackageError extends Error {
  constructor(
    readonly subject: string,
    readonly problems: readonly string[],
  ) {
    super(`Cannot build the Teams app package: ${subject}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}
