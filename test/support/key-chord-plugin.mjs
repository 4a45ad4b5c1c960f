/**
 * A test-runner command that presses a key with modifiers held (`Shift+Tab`, `Control+ArrowRight`) in
 * every engine the suite runs in. The stock `sendKeys` can hold a modifier (`down`/`up`) in Chromium and
 * Firefox, but over WebDriver it only types, so in WebKit this sends the chord as W3C WebDriver key
 * actions (the same input source a visitor's keyboard is to the page).
 *
 * Browser side: `pressKeys()` in test/support/keyboard.ts.
 */

/** W3C WebDriver's code points for the keys the tests press (WebDriver §17.4.2, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** `Shift+Tab` → `['Shift', 'Tab']`; the last name is the key, the others are held while it is pressed. */
function parseChord(chord) {
  if (typeof chord !== 'string' || chord === '') throw new Error(`press-keys needs a chord such as "Shift+Tab", got ${chord}`);
  const names = chord === '+' ? ['+'] : chord.split('+');
  return { modifiers: names.slice(0, -1), key: names[names.length - 1] };
}

function webdriverKey(name) {
  if (name.length === 1) return name;
  const code = WEBDRIVER_KEYS[name];
  if (!code) throw new Error(`press-keys does not know the key "${name}" for WebDriver; add it to WEBDRIVER_KEYS`);
  return code;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function keyChordPlugin() {
  return {
    name: 'key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys') return undefined;
      const { modifiers, key } = parseChord(payload?.keys);
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        for (const modifier of modifiers) await keyboard.down(modifier);
        try {
          await keyboard.press(key === 'Space' ? ' ' : key);
        } finally {
          for (const modifier of [...modifiers].reverse()) await keyboard.up(modifier);
        }
        return true;
      }
      if (browser.type === 'webdriver') {
        const codes = [...modifiers, key].map(webdriverKey);
        const actions = [
          ...codes.map((value) => ({ type: 'keyDown', value })),
          ...[...codes].reverse().map((value) => ({ type: 'keyUp', value })),
        ];
        // The launcher keeps one WebDriver session for the whole run (concurrency 1), on the test page.
        await browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
        await browser.driver.releaseActions();
        return true;
      }
      throw new Error(`press-keys is not supported for browser type ${browser.type}`);
    },
  };
}
