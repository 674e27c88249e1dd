/**
 * The `src` loader's defaults, apart from the loader itself: the elements read them for their
 * attributes, and a page without `src` never fetches the loader.
 */

/** Milliseconds to wait for `src` before giving up, unless the element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 10_000;
/** Largest `src` body accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 1_000_000;
