/** One link activation seen by the guard. */
export interface GuardedClick {
  /** The link's href. */
  href: string;
  /** True when nothing before the guard cancelled the click, i.e. the browser would have followed it. */
  wouldNavigate: boolean;
}

/**
 * Keeps link clicks from navigating the test page while still telling whether they would have.
 *
 * The listener sits on `window` in the bubbling phase, the very last stop of a click's propagation
 * path (clicks inside shadow roots are composed, so they reach it too). By then the element's own
 * handlers, and any listener a test put on the card or on `document`, have run, so the test has
 * already seen `digest-select`. A link is only followed after dispatch ends, so cancelling here
 * still keeps the page in place, and `defaultPrevented` read just before cancelling says whether
 * the element itself let the navigation go ahead.
 */
export function guardNavigation(): { clicks: GuardedClick[]; restore(): void } {
  const clicks: GuardedClick[] = [];
  const listener = (event: MouseEvent) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    clicks.push({ href: link.href, wouldNavigate: !event.defaultPrevented });
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { clicks, restore: () => window.removeEventListener('click', listener) };
}
