/**
 * Code the data intake loads only when an element's data needs it: a page whose data is article
 * JSON never downloads an adapter, and a JSON-LD page none of the feed readers. What there is to
 * load is declared with the element (src/data/story-formats.ts), not here.
 */

/** A module loaded on demand, once per page: `value` is set once it has arrived. */
export interface OnDemand<M> {
  load: () => Promise<M>;
  value?: M;
  promise?: Promise<M>;
}

export const onDemand = <M>(load: () => Promise<M>): OnDemand<M> => ({ load });

/** Starts loading `module`, or joins the load under way. A failed load is tried again next time. */
export function start<M>(module: OnDemand<M>): Promise<M> {
  return (module.promise ??= module.load().then(
    (value) => (module.value = value),
    (error: unknown) => {
      module.promise = undefined;
      throw error;
    },
  ));
}
