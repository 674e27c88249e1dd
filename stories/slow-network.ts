/**
 * Storybook is served as static files, so nothing there answers slowly. Requests to this URL
 * never answer (until the element gives up and aborts), which keeps a loading skeleton on screen.
 */
export const NEVER_ANSWERS = '/assets/never-answers.json';

const realFetch = window.fetch.bind(window);

window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname !== NEVER_ANSWERS) return realFetch(input, init);
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });
};
