/** Every event of one type that reaches `target` (normally `document`) until `stop()` is called. */
export interface EventLog<E extends Event> {
  readonly events: E[];
  stop(): void;
}

export function recordEvents<E extends Event = CustomEvent>(target: EventTarget, type: string): EventLog<E> {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/**
 * One macrotask. A message on a MessageChannel, unlike `requestAnimationFrame` (which never fires
 * in a background tab: Web Test Runner runs two test files at once, so one page is hidden) and
 * unlike timers (which hidden pages may throttle).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Gives late events a chance to arrive before a test counts them: a few macrotasks cover Lit's
 * update cycle (microtasks), nested elements' updates and MutationObserver callbacks.
 */
export async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) await nextTask();
}
