import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { detectLanguage } from '../../knowledge/languageDetection';
import { loadKnowledge } from '../../knowledge/loader';
import { appCommands } from './appCommands';

/**
 * A command in Teams' compose box is sent as the user's message, so each one, in each language the app package lists
 * it in, must be a question the bot answers in that language with the entry the command stands for. A translation
 * missing from the localization file leaves the English text in the Chinese list, which the language check catches.
 */
const matcher = KnowledgeMatcher.fromKnowledge(loadKnowledge('knowledge/content'));
const commands = appCommands().map((command) => ({ ...command, scope: command.scopes.join('/') }));

describe('the commands the Teams app package lists', () => {
  it.each(commands)('$languageTag, $scope: "$title" is written in the language of its list', ({ title, description, language }) => {
    expect({ title, language: detectLanguage(title) }).toEqual({ title, language });
    expect({ description, language: detectLanguage(description ?? '') }).toEqual({ description, language });
  });

  it.each(commands)('$languageTag, $scope: "$title" is answered with entry $entryId', ({ title, language, entryId }) => {
    const { decision, intent } = matcher.match(title, language);
    expect({ title, decision, intent }).toEqual({ title, decision: 'answer', intent: entryId });
  });

});
