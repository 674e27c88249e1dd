/** Detail of `digest-select`: the story a reader chose, and how. */
export interface DigestSelectDetail {
  id?: string;
  url: string;
  title: string;
  /** 1-based position within a rail; absent for a card on its own. */
  position?: number;
  /** The mouse button: 0 main, 1 middle (a key press on the link counts as 0). */
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /**
   * The browser opens the link elsewhere (middle button, Ctrl, ⌘ or Shift): an app that routes by
   * itself should let it, and not cancel the event.
   */
  newTab: boolean;
}

/** Detail of `digest-impression`: a rail card that a reader has actually seen. */
export interface DigestImpressionDetail {
  id?: string;
  url?: string;
  title: string;
  position: number;
}

/** Detail of `digest-share`: how a story was shared. */
export interface DigestShareDetail {
  id?: string;
  url: string;
  /** `share`: the system share sheet; `clipboard`: the link was copied; `field`: the link was shown, selected, for copying by hand. */
  method: 'share' | 'clipboard' | 'field';
}

/** Detail of `digest-error`: why a block shows its placeholder instead of the story. */
export interface DigestErrorDetail {
  /** One line a publisher can act on, e.g. `story-card: article.title is missing`. */
  message: string;
  /** Every problem found in the input, including ones that did not stop rendering. */
  problems: string[];
  /** For a failed `src`: the HTTP status, when there was a response. */
  status?: number;
  /** For a failed `src`: the URL that was requested. */
  url?: string;
}

/** Detail of `digest-load`: data from `src` arrived and was rendered. */
export interface DigestLoadDetail {
  /** The URL the data came from, after redirects. */
  url: string;
}

export interface DigestEventMap {
  'digest-select': CustomEvent<DigestSelectDetail>;
  'digest-impression': CustomEvent<DigestImpressionDetail>;
  'digest-share': CustomEvent<DigestShareDetail>;
  'digest-error': CustomEvent<DigestErrorDetail>;
  'digest-load': CustomEvent<DigestLoadDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the event map in
  interface GlobalEventHandlersEventMap extends DigestEventMap {}
}

/**
 * The one way elements dispatch: bubbling and composed, so a listener on `document` hears all.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof DigestEventMap>(
  host: HTMLElement,
  name: K,
  detail: DigestEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * Tells developers what was wrong with an input: one `console.warn` listing every problem and,
 * when something given could not be rendered, a `digest-error` event. Readers only ever see the
 * placeholder.
 */
export function reportProblems(host: HTMLElement, problems: string[], complete: boolean): void {
  if (problems.length === 0) return;
  const summary = complete ? 'ignored parts of its input' : 'could not render all of its input';
  warn(host, `${summary}:\n- ${problems.join('\n- ')}`, complete ? undefined : { problems });
}

/**
 * The one way elements tell developers something: a `console.warn` that names the element and,
 * when it could not show what it was given, a `digest-error` whose message is the first problem.
 */
export function warn(host: HTMLElement, text: string, error?: Omit<DigestErrorDetail, 'message'>): void {
  const tag = host.localName;
  console.warn(`${tag}: ${text}`, host);
  if (error) emit(host, 'digest-error', { message: `${tag}: ${error.problems[0]}`, ...error });
}
