import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectSame } from './assert.js';
import { spyOnWarn, type WarnSpy } from './console.js';
import { guardNavigation, type GuardedClick } from './navigation.js';
import { deepActiveElement } from './rendering.js';

/**
 * The hooks every interactive element test file installs: a fresh `console.warn` spy per test,
 * a guard that keeps the test page in place when links are really clicked, and no reduced-motion
 * emulation left over (media emulation outlives a test file, since pages are reused).
 */
export function interactionHooks(): { readonly warn: WarnSpy; readonly clicks: GuardedClick[] } {
  let warn: WarnSpy;
  let navigation: { clicks: GuardedClick[]; restore(): void };
  beforeEach(() => {
    warn = spyOnWarn();
  });
  afterEach(() => warn.restore());
  before(() => {
    navigation = guardNavigation();
  });
  after(() => navigation.restore());
  beforeEach(() => navigation.clicks.splice(0));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));
  return {
    get warn() {
      return warn;
    },
    get clicks() {
      return navigation.clicks;
    },
  };
}

/** Presses Enter on an element that must already have focus, as a keyboard user would. */
export async function pressEnterOn(element: Element | null | undefined): Promise<void> {
  expectSame(deepActiveElement(), element, 'focus before pressing Enter');
  await sendKeys({ press: 'Enter' });
}
