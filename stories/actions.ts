/**
 * The elements' events carry their payload in `detail`; Storybook's Actions panel shows a bare
 * CustomEvent as `{ isTrusted: false }`. This passes the detail to the action instead.
 */
export type DetailAction = (detail: unknown) => void;

export function withDetail(action: DetailAction | undefined): (event: Event) => void {
  return (event) => action?.((event as CustomEvent<unknown>).detail);
}
