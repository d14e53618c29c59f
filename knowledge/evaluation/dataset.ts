import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LabeledUtterance } from '../matcher/types';

const labeledUtteranceSchema = z.object({
  text: z.string().trim().min(1),
  intent: z.string().trim().min(1),
}) satisfies z.ZodType<LabeledUtterance>;

/** The format of test/data/*.json and of the public benchmarks in shared/bench. */
export const labeledDatasetSchema = z.object({
  utterances: z.array(labeledUtteranceSchema).min(1, 'needs at least one utterance'),
});

/** A labelled data set that cannot be used; the message names the file and the utterance. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid data set ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const [section, index, ...field] = issue.path;
  if (section === 'utterances' && typeof index === 'number') {
    const text = (data as { utterances: Array<{ text?: unknown }> }).utterances[index]?.text;
    const quoted = typeof text === 'string' ? ` ${JSON.stringify(text)}` : '';
    const where = field.length ? `field "${field.join('.')}"` : 'the utterance';
    return `utterances[${index}]${quoted}, ${where}: ${issue.message}`;
  }
  const where = issue.path.length ? `field "${issue.path.join('.')}"` : 'the file';
  return `${where}: ${issue.message}`;
}

/** Validates parsed JSON as a labelled data set; `file` only names the source in errors. */
export function parseDataset(file: string, data: unknown): LabeledUtterance[] {
  const result = labeledDatasetSchema.safeParse(data);
  if (!result.success) throw new DatasetError(file, result.error.issues.map((issue) => describeIssue(data, issue)));
  return result.data.utterances;
}

/** Reads and validates a `{"utterances":[{text,intent}]}` file. */
export function loadDataset(file: string): LabeledUtterance[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatasetError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseDataset(file, data);
}
