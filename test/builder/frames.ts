import { waitUntil } from '@open-wc/testing';

/**
 * Pages in iframes for the builder's tests: the builder itself, and a blank page holding nothing but
 * a snippet. Both run the built bundle (dist/), as a publisher's page does.
 */

export async function openFrame(setup: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  setup(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A blank page whose body is `snippet`, exactly as an editor would paste it. */
export function openBlankPage(snippet: string): Promise<HTMLIFrameElement> {
  return openFrame((frame) => {
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>${snippet}</body></html>`;
  });
}

/** Every element under `root`, through open shadow roots. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

type Updating = Element & { updateComplete?: PromiseLike<boolean> };

/** Waits until `host` has rendered and every element in its shadow roots has finished updating. */
export async function rendered(host: Element): Promise<void> {
  await waitUntil(() => (host.shadowRoot?.childElementCount ?? 0) > 0, `<${host.localName}> did not render`, {
    timeout: 10_000,
  });
  for (let pass = 0; pass < 5; pass++) {
    const updates = [host, ...deepElements(host.shadowRoot as ShadowRoot)]
      .map((element) => (element as Updating).updateComplete)
      .filter((update): update is PromiseLike<boolean> => typeof update?.then === 'function');
    if ((await Promise.all(updates)).every(Boolean)) return;
  }
}

export interface Rendering {
  text: string;
  links: string[];
  /** Names given with aria-label: a citation's source, a rail's buttons. */
  labels: string[];
}

/**
 * What a reader gets from an element whatever the network does: its shadow DOM's text, the
 * addresses of its links and its aria-labels. Images and publishers' logos are left out: whether a
 * logo loads or gives way to the publisher's initials depends on the logo's server and on timing,
 * not on the markup being compared.
 */
export function renderingOf(host: Element): Rendering {
  const texts: string[] = [];
  const links: string[] = [];
  const labels: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent ?? '');
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      if (['style', 'script', 'img'].includes(element.localName)) continue;
      if (/\b(monogram|logo)\b/.test(element.getAttribute('part') ?? '')) continue;
      if (element.localName === 'a') links.push(element.getAttribute('href') ?? '');
      if (element.hasAttribute('aria-label')) labels.push(element.getAttribute('aria-label') ?? '');
      if (element.shadowRoot) walk(element.shadowRoot);
      walk(element);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), links, labels };
}
