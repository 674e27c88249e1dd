/**
 * Opening the hostile pages of `test/support/hostile-pages.mjs` in iframes and reading what they
 * rendered. The pages' nodes belong to the iframe's realm, where `instanceof Element` against this
 * window's classes is false, so everything here goes by `nodeType` and `shadowRoot` instead.
 */
import { waitUntil } from '@open-wc/testing';
import content from './assets/content.json';

export { content };

export interface Recorded {
  /** `securitypolicyviolation` events: directive, blocked URI, source and sample. */
  violations: string[];
  /** Uncaught errors, unhandled rejections and `console.error` calls. */
  errors: string[];
  /** `console.warn` calls. */
  warnings: string[];
}

export interface HostileWindow extends Window {
  recorded: Recorded;
  /** Set only if markup from the data ever ran as HTML. */
  __hostile?: unknown;
}

export interface OpenedPage {
  frame: HTMLIFrameElement;
  win: HostileWindow;
  doc: Document;
}

/** Text of the first match of `selector` in `host`'s shadow root, trimmed. */
export function shadowText(host: Element | null | undefined, selector: string): string | undefined {
  return host?.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

/** Every element matching `selector` inside the shadow roots under `root`, nested ones included. */
export function deepShadowAll(root: Document | Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | Element | ShadowRoot, inShadow: boolean) => {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot) {
      visit((node as Element).shadowRoot as ShadowRoot, true);
    }
    for (const element of Array.from(node.querySelectorAll('*'))) {
      if (inShadow && element.matches(selector)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot, true);
    }
  };
  visit(root, root.nodeType === Node.DOCUMENT_FRAGMENT_NODE);
  return found;
}

/** Titles of the cards a rail (in `host`'s shadow root) rendered. */
export function cardTitles(rail: Element | null | undefined): string[] {
  return Array.from(rail?.shadowRoot?.querySelectorAll('story-card') ?? []).map(
    (card) => shadowText(card, '[part~=title-link]') ?? '',
  );
}

/** What a page has not rendered yet, as readable lines; empty once every element shows its data. */
export function missing(doc: Document): string[] {
  const lines: string[] = [];
  const check = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      lines.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };
  const digest = doc.getElementById('digest');
  check('digest title', shadowText(digest, '[part~=title]'), content.digest.title);
  check(
    'digest sources list',
    digest?.shadowRoot?.querySelectorAll('[part~=source]').length,
    content.digest.sources.length,
  );
  check('digest citations', digest?.shadowRoot?.querySelectorAll('[part~=citation]').length, 5);
  check(
    'digest related rail',
    cardTitles(digest?.shadowRoot?.querySelector('related-rail')),
    content.digest.related.map((story) => story.title),
  );
  check(
    'rail',
    cardTitles(doc.getElementById('rail')),
    content.rail.map((story) => story.title),
  );
  check('card title', shadowText(doc.getElementById('card'), '[part~=title-link]'), content.card.title);
  check(
    'card sources',
    shadowText(doc.getElementById('card'), '[part~=count]'),
    `${content.card.sourceCount} Sources`,
  );
  check(
    'stack count',
    shadowText(doc.getElementById('stack'), '[part~=count]'),
    `${content.stackCount} Sources`,
  );
  check(
    'badge',
    doc.getElementById('badge')?.shadowRoot?.querySelector('[part~=base]')?.getAttribute('href'),
    content.badge.url,
  );
  check(
    'remote card title',
    shadowText(doc.getElementById('remote-card'), '[part~=title-link]'),
    content.remoteCard.title,
  );
  check('remote rail', cardTitles(doc.getElementById('remote-rail')), content.remoteRail.titles);
  return lines;
}

/** One macrotask of the iframe's window. */
function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Opens `/hostile/<name>` in an iframe of the given size and waits until every element on it has
 * rendered its data (or 4 s have passed: the caller then asserts `missing(doc)` to say what did not).
 */
export async function openHostilePage(name: string, width = 1000, height = 2400): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = `/hostile/${name}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostileWindow;
  const doc = frame.contentDocument as Document;
  try {
    await waitUntil(() => missing(doc).length === 0, `${name} did not render`, {
      interval: 20,
      timeout: 4000,
    });
  } catch {
    // Reported by the test's own assertion on missing(doc), which names what is missing.
  }
  // Violation reports and late warnings are queued as tasks: let them arrive.
  for (let round = 0; round < 5; round++) await nextTask(win);
  return { frame, win, doc };
}
