import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageOfLocale } from '../../knowledge/conversationLanguage';
import { Language } from '../../knowledge/language';
import { APP_PACKAGE_DIR } from '../../scripts/teams/appPackage';
import { manifestsByLanguage } from './localizedManifests';

/**
 * The entry each command of the manifest's command lists must be answered with, list by list (personal first, then
 * team and group chat), in every language: a translation asks the same question.
 */
const COMMAND_ENTRIES: readonly (readonly string[])[] = [
  ['procedure', 'step-6', 'functions', 'article64-full', 'help'],
  ['procedure', 'functions', 'article64-full', 'help'],
];

export interface AppCommand {
  /** The language of the Teams client that lists the command, and so the language it must be answered in. */
  readonly language: Language;
  readonly languageTag: string;
  readonly scopes: readonly string[];
  readonly title: string;
  readonly description: string | undefined;
  readonly entryId: string;
}

/** The committed template's files: the commands are the same in the zip, which only fills in the app id. */
function readTemplateJson(file: string): unknown {
  return JSON.parse(readFileSync(join(APP_PACKAGE_DIR, file), 'utf8'));
}

/** Every command Teams lists in the compose box, in every language of the app. */
export function appCommands(): AppCommand[] {
  return manifestsByLanguage(readTemplateJson).flatMap(({ languageTag, manifest }) =>
    (manifest.bots?.[0]?.commandLists ?? []).flatMap((list, listIndex) => {
      const entries = COMMAND_ENTRIES[listIndex] ?? [];
      if (entries.length !== list.commands.length) {
        throw new Error(`command list ${listIndex} has ${list.commands.length} commands; COMMAND_ENTRIES expects ${entries.length}`);
      }
      return list.commands.map((command, i) => ({
        language: languageOfLocale(languageTag),
        languageTag,
        scopes: list.scopes ?? [],
        title: command.title,
        description: command.description,
        entryId: entries[i],
      }));
    }),
  );
}
