/** Detail of `digest-select`: the story a reader chose. */
export interface DigestSelectDetail {
  id?: string;
  url: string;
  title: string;
}

/** Detail of `digest-error`: why a block shows its placeholder instead of the story. */
export interface DigestErrorDetail {
  /** One line a publisher can act on, e.g. `story-card: article.title is missing`. */
  message: string;
  /** Every problem found in the input, including ones that did not stop rendering. */
  problems: string[];
}

export interface DigestEventMap {
  'digest-select': CustomEvent<DigestSelectDetail>;
  'digest-error': CustomEvent<DigestErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the event map in
  interface GlobalEventHandlersEventMap extends DigestEventMap {}
}

/** The one way elements dispatch: bubbling and composed, so a listener on `document` hears all. */
export function emit<K extends keyof DigestEventMap>(
  host: HTMLElement,
  name: K,
  detail: DigestEventMap[K]['detail'],
): void {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * Tells developers what was wrong with an input: one `console.warn` listing every problem and,
 * when nothing could be rendered, a `digest-error` event. Readers only ever see the placeholder.
 */
export function reportProblems(host: HTMLElement, problems: string[], rendered: boolean): void {
  if (problems.length === 0) return;
  const tag = host.localName;
  console.warn(
    `${tag}: ${rendered ? 'ignored parts of its input' : 'could not render'}:\n- ${problems.join('\n- ')}`,
    host,
  );
  if (!rendered) emit(host, 'digest-error', { message: `${tag}: ${problems[0]}`, problems });
}
