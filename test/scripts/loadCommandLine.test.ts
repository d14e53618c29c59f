import { UsageError } from '../../scripts/commandLine';
import { LoadDefaults, loadUsage, parseLoadFlags } from '../../scripts/load/loadCommandLine';

const LOADTEST: LoadDefaults = { conversations: 2000, turns: 5, concurrency: 64, 'warm-up': 200, rounds: 1 };
const BENCH: LoadDefaults = { ...LOADTEST, processes: 2, baseline: 'echo' };

describe('the load commands’ flags', () => {
  it('start several processes of each bot only where the command offers it', () => {
    expect(parseLoadFlags([], BENCH).processes).toBe(2);
    expect(parseLoadFlags(['--processes', '3'], BENCH).processes).toBe(3);
    expect(loadUsage('bench:http', BENCH)).toContain('--processes N       processes started per bot');
    expect(() => parseLoadFlags(['--processes', '2'], LOADTEST)).toThrow(UsageError);
    expect(loadUsage('loadtest', LOADTEST)).not.toContain('--processes');
  });

  it('compare the bot with the reply-shaped echo only where the command offers a baseline', () => {
    expect(parseLoadFlags([], BENCH).baseline).toBe('echo');
    expect(parseLoadFlags(['--baseline', 'reply-shaped'], BENCH).baseline).toBe('reply-shaped');
    expect(loadUsage('bench:http', BENCH)).toContain('--baseline NAME');
    expect(() => parseLoadFlags(['--baseline', 'reply-shaped'], LOADTEST)).toThrow(UsageError);
    expect(loadUsage('loadtest', LOADTEST)).not.toContain('--baseline');
  });

  it('name a wrong value with the values it allows', () => {
    expect(() => parseLoadFlags(['--baseline', 'nlpjs'], BENCH)).toThrow('--baseline "nlpjs": expected echo or reply-shaped');
    expect(() => parseLoadFlags(['--processes', '0'], BENCH)).toThrow('--processes "0": expected a whole number, 1 or more');
    expect(() => parseLoadFlags(['--rounds', 'many'], BENCH)).toThrow('--rounds "many": expected a whole number, 1 or more');
  });
});
