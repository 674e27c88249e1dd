import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property` and `@state`, for the legacy (experimentalDecorators) form only. Lit's own
 * also handle standard decorators, code the bundle would ship and never run.
 */
export const property =
  (options?: PropertyDeclaration) =>
  (prototype: ReactiveElement, name: string): void =>
    (prototype.constructor as typeof ReactiveElement).createProperty(name, options);

export const state = (): ReturnType<typeof property> => property({ state: true, attribute: false });
