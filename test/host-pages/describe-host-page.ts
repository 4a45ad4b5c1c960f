import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { text } from '../support/dom.js';
import { pressKeys } from '../support/keyboard.js';
import {
  applyMediaRules,
  axeViolations,
  brokenWords,
  emulate,
  horizontalOverflow,
  openHostPage,
  screenshot,
  shadowRoots,
  until,
  type HostPage,
  type OpenPage,
} from './host-page.js';

/**
 * Every element on a host page (`pages/`), as a webmaster pastes them into a page with its
 * own CSS: readable (axe `color-contrast`, `target-size` inside the shadow roots), nothing sticking out
 * sideways, no word broken inside, and the tabs and the language toggle working by keyboard and mouse.
 * A screenshot of each page goes to host-page-screenshots/<engine>/ (git-ignored), to look at.
 */

async function clickAt(open: OpenPage, target: Element): Promise<void> {
  // The iframe fits this window: only its own content scrolls, to bring the target to its middle.
  // Instantly: Bootstrap makes the page's own scrolling smooth, and the target would still be on its way.
  open.win.scrollBy({ top: target.getBoundingClientRect().top - open.win.innerHeight / 2, behavior: 'instant' });
  scrollTo(0, 0);
  const frame = open.iframe.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(frame.x + rect.x + rect.width / 2), Math.round(frame.y + rect.y + rect.height / 2)],
  });
}

/**
 * Resolves once the elements have re-rendered in a new language and the tabs have measured their new
 * titles: in the frame after their update they choose tabs or accordion (see `fit` in nsiw-info-tabs.ts).
 */
async function relaidOut(open: OpenPage): Promise<void> {
  const frame = () => new Promise((resolve) => open.win.requestAnimationFrame(resolve));
  for (const tabs of open.all<HTMLElement & { updateComplete: Promise<unknown> }>('nsiw-info-tabs')) {
    await tabs.updateComplete;
    await frame();
    await tabs.updateComplete;
    await frame();
  }
}

/** The tests every host page gets (the `host-pages.*.test.ts` files name the pages). */
export function describeHostPage(page: HostPage): void {
  describe(`host page: ${page.name} (${page.width} px${page.emulate ? `, ${Object.values(page.emulate).join(' ')}` : ''})`, () => {
    let open: OpenPage;
    let emulated = false;
    const undo: (() => void)[] = [];

    before(async () => {
      emulated = page.emulate ? await emulate(page.emulate) : false;
      open = await openHostPage(page);
      if (page.emulate && !emulated) {
        // No emulation in this browser: the elements' own rules for the medium, applied as if it matched.
        const condition = page.emulate.media ?? 'forced-colors: active';
        for (const root of shadowRoots(open.doc)) undo.push(applyMediaRules(root.host, condition));
      }
    });

    after(async () => {
      undo.splice(0).forEach((restore) => restore());
      if (emulated) await emulate({});
      await resetMouse();
    });

    it('keeps every element inside the page: nothing scrolls sideways', () => {
      expect(horizontalOverflow(open)).to.deep.equal([]);
    });

    it('breaks no word inside', () => {
      expect(brokenWords(shadowRoots(open.doc))).to.deep.equal([]);
    });

    // axe measures the colours a page paints; under forced colours the system paints them instead.
    if (!page.emulate?.forcedColors) {
      it('passes axe color-contrast and target-size inside the shadow roots', async () => {
        expect(await axeViolations(open)).to.deep.equal([]);
      });
    }

    it('saves a screenshot', async () => {
      await screenshot(open, page.name);
    });

    // Printed, every panel is shown and the tabs are not, and the toggle is not printed at all.
    if (page.emulate?.media !== 'print') {
      it('selects tabs by keyboard and by mouse', async () => {
        const tabsElement = open.one('nsiw-info-tabs');
        const root = tabsElement.shadowRoot!;
        const controls = () => [...root.querySelectorAll<HTMLElement>('[role="tab"], [part~="section-button"]')];
        const accordion = controls()[0].matches('[part~="section-button"]');
        // Selected as either layout says it: a new panel's height can bring a scroll bar that narrows the
        // page, and the tabs then become the accordion (keeping the selection) between two checks.
        const isSelected = (control: Element) =>
          control.getAttribute('aria-selected') === 'true' || control.getAttribute('aria-expanded') === 'true';
        controls()[0].focus();
        if (accordion) {
          await pressKeys('ArrowDown');
          expect(root.activeElement).to.equal(controls()[1]);
          await pressKeys('Enter');
        } else {
          await pressKeys('ArrowRight');
        }
        await until(open.doc, () => isSelected(controls()[1]));
        expect(root.activeElement, 'focus on the second tab').to.equal(controls()[1]);
        await clickAt(open, controls()[2]);
        await until(open.doc, () => isSelected(controls()[2]));
        expect(controls().filter(isSelected)).to.deep.equal([controls()[2]]);
      });

      it('switches the language by mouse and by keyboard', async () => {
        const toggle = open.one('nsiw-language-toggle');
        const events = open.one('nsiw-events');
        const before = text(events.shadowRoot);
        const button = () => toggle.shadowRoot!.querySelector<HTMLElement>('button:not([aria-pressed="true"])')!;
        await clickAt(open, button());
        await until(open.doc, () => text(events.shadowRoot) !== before);
        const switched = text(events.shadowRoot);
        button().focus();
        await pressKeys('Enter');
        await until(open.doc, () => text(events.shadowRoot) !== switched);
        await relaidOut(open);
        expect(horizontalOverflow(open), 'in the other language too').to.deep.equal([]);
      });
    }
  });
}
