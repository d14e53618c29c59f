import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// node:v8's setFlagsFromString ignores a flag it does not know, so a Node upgrade that renamed it would silently bring
// back the slower patterns: this asks V8 itself whether a pattern used once was run by its bytecode interpreter
// (machine code alone has no bytecode).
function interpretedAtFirstUse(setUp: string): boolean {
  const script = `${setUp}; const pattern = /(?:ok|okay|fine)+ done/; pattern.test('ok done'); console.log(%RegexpHasBytecode(pattern, true));`;
  const output = execFileSync(process.execPath, ['--allow-natives-syntax', '-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  return output.trim() === 'true';
}

describe('patternCompilation', () => {
  it('has V8 compile a pattern to machine code at its first use', () => {
    expect(interpretedAtFirstUse("require('./bot/patternCompilation')")).toBe(false);
  });

  it('changes what V8 does by default (else the test above proves nothing)', () => {
    expect(interpretedAtFirstUse('void 0')).toBe(true);
  });
});
