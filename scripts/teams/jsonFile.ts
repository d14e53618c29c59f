import type { z } from 'zod';
import { fieldName } from './fieldPath';
import { TeamsPackageError } from './teamsPackageError';

/** Problems of a document against a zod schema, one line per field, named as in the file. */
export function zodProblems(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `field "${fieldName(issue.path)}": ${issue.message}`);
}

/**
 * A JSON file of the package: the document as written (for Microsoft's schema) and the fields the packager acts on,
 * typed by `schema`. Fails naming the file and each field that breaks the schema.
 */
export function parseJsonFile<Schema extends z.ZodType>(
  text: string,
  file: string,
  schema: Schema,
): { document: unknown; fields: z.infer<Schema> } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new TeamsPackageError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(document);
  if (!result.success) throw new TeamsPackageError(file, zodProblems(result.error.issues));
  return { document, fields: result.data };
}
