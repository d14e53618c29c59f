/**
 * `npm run teams:package -- [--app-id <GUID>] [--out <file.zip>]`: builds build/appPackage.zip for Microsoft Teams.
 * The app id comes from --app-id, else MicrosoftAppId in the environment, else MicrosoftAppId in ./.env.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_PACKAGE_DIR, type AppPackage, buildAppPackage } from './teams/appPackage';
import { resolveMicrosoftAppId } from './teams/microsoftAppId';
import { TeamsPackageError } from './teams/teamsPackageError';

const DEFAULT_OUT_FILE = resolve(__dirname, '..', 'build', 'appPackage.zip');
const USAGE = 'usage: npm run teams:package -- [--app-id <GUID>] [--out <file.zip>]';

function parseFlags(args: readonly string[]): { appId?: string; out?: string } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { 'app-id': { type: 'string' }, out: { type: 'string' } },
      allowPositionals: false,
    });
    return { appId: values['app-id'], out: values.out };
  } catch (error) {
    throw new TeamsPackageError('command line', [`${(error as Error).message}; ${USAGE}`]);
  }
}

/** Builds the package from command-line flags, an environment and a working directory (where .env is read). */
export function runTeamsPackage(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): AppPackage {
  const flags = parseFlags(args);
  const microsoftAppId = resolveMicrosoftAppId({ flag: flags.appId, env, dotEnvPath: join(cwd, '.env') });
  return buildAppPackage({
    templateDir: APP_PACKAGE_DIR,
    outFile: flags.out ? resolve(cwd, flags.out) : DEFAULT_OUT_FILE,
    microsoftAppId,
  });
}

if (require.main === module) {
  try {
    const built = runTeamsPackage(process.argv.slice(2), process.env, process.cwd());
    console.log(`Wrote ${relative(process.cwd(), built.outFile)} (${built.bytes} bytes): ${built.entries.join(', ')}`);
    console.log('Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.');
  } catch (error) {
    if (!(error instanceof TeamsPackageError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
