import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../commandLine';

/** The baselines bench:http can compare the bot with (scripts/load/echoBot.ts, scripts/load/replyShapedEchoBot.ts). */
export const BASELINES = ['echo', 'reply-shaped'] as const;

const count = (min: number) => z.coerce.number().int().min(min);

const loadFlagsSchema = z.object({
  conversations: count(1),
  turns: count(1),
  concurrency: count(1),
  'warm-up': count(0),
  rounds: count(1),
  /** Processes started per bot (bench:http): one process's own speed decides a run otherwise. */
  processes: count(1).optional(),
  /** What bench:http compares the bot with: the plain echo, or the echo that answers in the bot's shape. */
  baseline: z.enum(BASELINES).optional(),
  /** Folder for V8 CPU profiles of the bot processes. */
  'cpu-prof': z
    .string()
    .min(1)
    .transform((dir) => (isAbsolute(dir) ? dir : resolve(dir)))
    .optional(),
  help: z.boolean().default(false),
});

export type LoadFlags = z.infer<typeof loadFlagsSchema>;
/** A command offers --processes and --baseline only when its defaults give a value for them. */
export type LoadDefaults = Pick<LoadFlags, 'conversations' | 'turns' | 'concurrency' | 'warm-up' | 'rounds' | 'processes' | 'baseline'>;

const allowed: Readonly<Record<string, string>> = {
  conversations: 'a whole number, 1 or more',
  turns: 'a whole number, 1 or more',
  concurrency: 'a whole number, 1 or more',
  'warm-up': 'a whole number, 0 or more',
  rounds: 'a whole number, 1 or more',
  processes: 'a whole number, 1 or more',
  baseline: BASELINES.join(' or '),
  'cpu-prof': 'a folder',
};

export function loadUsage(command: string, defaults: LoadDefaults): string {
  const processes =
    defaults.processes === undefined ? '' : `\n  --processes N       processes started per bot, their rounds taking turns (default ${defaults.processes})`;
  const baseline =
    defaults.baseline === undefined
      ? ''
      : `\n  --baseline NAME     the bot compared with: echo (the target's baseline) or reply-shaped (an echo answering with the
                      bot's replies and state, so the ratio is the bot's own work) (default ${defaults.baseline})`;
  return `Usage: npm run ${command} -- [--conversations N] [--turns N] [--concurrency N] [--warm-up N] [--rounds N]
       ${defaults.processes === undefined ? '' : '[--processes N] '}${defaults.baseline === undefined ? '' : '[--baseline NAME] '}[--cpu-prof DIR]

  --conversations N   conversations measured (default ${defaults.conversations})
  --turns N           messages per conversation, sent one after another (default ${defaults.turns})
  --concurrency N     conversations played at the same time (default ${defaults.concurrency})
  --warm-up N         conversations played first and not measured (default ${defaults['warm-up']})
  --rounds N          measured runs per bot, taking turns with the other bots (default ${defaults.rounds})${processes}${baseline}
  --cpu-prof DIR      write a V8 CPU profile of each bot process into DIR and print where its time went
  --help              print this text`;
}

/** The flags both load commands take, validated; a wrong one is named with the values it allows. */
export function parseLoadFlags(args: readonly string[], defaults: LoadDefaults): LoadFlags {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        conversations: { type: 'string' },
        turns: { type: 'string' },
        concurrency: { type: 'string' },
        'warm-up': { type: 'string' },
        rounds: { type: 'string' },
        ...(defaults.processes === undefined ? {} : { processes: { type: 'string' } as const }),
        ...(defaults.baseline === undefined ? {} : { baseline: { type: 'string' } as const }),
        'cpu-prof': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const result = loadFlagsSchema.safeParse({ ...defaults, ...given });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const flag = String(issue.path[0]);
      return `--${flag} ${JSON.stringify(values[flag])}: expected ${allowed[flag] ?? issue.message}`;
    });
    throw new UsageError(problems.join('\n'));
  }
  return result.data;
}
