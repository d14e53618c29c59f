import { existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { projectRoot } from '../../bot/projectRoot';
import { Language } from '../../knowledge/language';
import { RunningBot, startBotServer } from '../support/botServer';
import { answerOf, texts, titleOf } from '../dialogs/support/assistant';
import { Playground, startPlayground } from './playgroundProcess';

/**
 * The bot in a real Teams client: the Microsoft 365 Agents Playground, driven in headless Chromium. It plays
 * Teams offline (its own connector, a fake tenant with a personal chat, a group chat and a team channel), posts
 * Teams activities to the bot and renders the replies as Teams would.
 */

const CHROMIUM = '/usr/bin/chromium';
// No sync, updates or other calls home from the browser itself: the test must run offline.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The Playground's name for the bot, used in its @mention picker. */
const PLAYGROUND_BOT_NAME = 'Test Bot';
const SCREENSHOTS = join(projectRoot, 'test-output');

// Starting the Playground and a browser, then real turns: generous, to stay green on a busy machine.
jest.setTimeout(120_000);

const chromiumInstalled = existsSync(CHROMIUM);
if (!chromiumInstalled && !process.env.CI) {
  console.warn(`Skipping the Agents Playground tests: ${CHROMIUM} does not exist. Install Chromium (apt-get install chromium) to run them.`);
}
const describeInBrowser = chromiumInstalled || process.env.CI ? describe : describe.skip;

/**
 * A piece of an answer that reads the same whether the client renders its Markdown or shows it as typed (Teams
 * clients differ): the longest stretch of its first line between bold markers.
 */
function plainPiece(id: string, language: Language): string {
  const [firstLine] = answerOf(id, language).split('\n');
  return firstLine
    .split('**')
    .map((piece) => piece.trim())
    .reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
}

/** The first **bold** phrase of an answer. */
function firstBold(id: string, language: Language): string {
  const bold = /\*\*(.+?)\*\*/.exec(answerOf(id, language));
  if (!bold) throw new Error(`answer "${id}" (${language}) has no bold phrase`);
  return bold[1];
}

/** The first item of an answer's numbered list, as a client that renders Markdown shows it. */
function firstListItem(id: string, language: Language): string {
  const item = /^1\. (.+)$/m.exec(answerOf(id, language));
  if (!item) throw new Error(`answer "${id}" (${language}) has no numbered list`);
  return item[1].replaceAll('**', '');
}

describeInBrowser('the bot in the Microsoft 365 Agents Playground (a Teams client) in Chromium', () => {
  let bot: RunningBot;
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!chromiumInstalled) throw new Error(`${CHROMIUM} does not exist; CI must install Chromium for the Playground tests`);
    bot = await startBotServer();
    playground = await startPlayground({ botEndpoint: `${bot.url}/api/messages` });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    // The Playground's page fetches its web fonts and an animation script from a CDN; refused, it falls back to local
    // fonts and no animation. Nothing else may leave this machine either, so the test runs the same offline.
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.close();
  });

  /** Fails with what the Playground printed and logged, and a screenshot of the page in test-output/. */
  async function explained<T>(step: Promise<T>): Promise<T> {
    try {
      return await step;
    } catch (error) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const screenshot = join(SCREENSHOTS, `playground-failure-${Date.now()}.png`);
      await page.screenshot({ path: screenshot }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\nscreenshot: ${screenshot}\n--- Playground output ---\n${playground.output()}`);
    }
  }

  /**
   * Types a message into the open conversation and sends it. In a group chat or channel the bot only hears
   * messages that @mention it, picked from the mention menu as a user does.
   */
  async function send(text: string, { mentionBot = false, button = 'Send Message' } = {}): Promise<void> {
    await page.getByRole('textbox').first().click();
    if (mentionBot) {
      await page.keyboard.type(`@${PLAYGROUND_BOT_NAME.slice(0, 4)}`);
      await explained(page.getByLabel('Typeahead menu').getByText(PLAYGROUND_BOT_NAME, { exact: true }).click());
      await page.keyboard.type(' ');
    }
    await page.keyboard.type(text);
    await page.getByRole('button', { name: button, exact: true }).click();
  }

  /** Waits until the page shows the text. */
  const shows = (text: string) => explained(page.getByText(text).first().waitFor());

  it('is reachable on the loopback interface only', async () => {
    const port = Number(new URL(playground.url).port);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!external) return; // no network interface but loopback: nothing could reach it anyway
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const socket = connect(port, external.address);
      socket.once('connect', () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.once('error', resolve);
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });

  it('greets once in the personal chat, answers a typed question, and follows a suggested action', async () => {
    await explained(page.goto(playground.url));
    // Opening the personal chat sends installationUpdate and conversationUpdate at the same time; its log panel
    // says when the bot has answered each.
    await shows('installationUpdate 200');
    await shows('conversationUpdate 200');
    // The log panel repeats message texts; closed, only the conversation shows them.
    await explained(page.getByTitle('Toggle Log Panel').click());

    await send(texts.en.starters.functions);
    await shows(plainPiece('functions', 'en'));
    // The answer came after both welcomes would have, over the same connection: a second one would show by now.
    expect(await page.getByText(texts.en.welcome).count()).toBe(1);

    await page.getByRole('button', { name: titleOf('function-stability', 'en'), exact: true }).click();
    await shows(plainPiece('function-stability', 'en'));
  });

  it('answers an @mention in the group chat, with the Markdown rendered and the buttons on a card', async () => {
    await page.getByRole('treeitem', { name: 'Group Chat' }).click();
    await send(texts.en.starters.procedure, { mentionBot: true });
    await explained(page.locator('strong', { hasText: firstBold('procedure', 'en') }).first().waitFor());
    await explained(page.locator('li', { hasText: firstListItem('procedure', 'en') }).first().waitFor());
    expect(await page.getByText('**').count()).toBe(0);
    await explained(page.getByRole('button', { name: texts.en.buttons.startWalkthrough, exact: true }).waitFor());
  });

  it('answers a Chinese question in a team channel in Chinese', async () => {
    await page.getByRole('treeitem', { name: /General/ }).click();
    await send('社保有哪三个功能？', { mentionBot: true, button: 'Post' });
    await shows(plainPiece('functions', 'zh'));
    await explained(page.getByRole('button', { name: titleOf('function-stability', 'zh'), exact: true }).waitFor());
  });
});
