import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { deepUpdated } from './shadow.js';

/**
 * Renders a fixture and waits for it and every element nested in its shadow roots (a card's
 * source-stack, the stack's badges) to finish rendering.
 *
 * It uses `fixtureSync` rather than `fixture`: for a root that is not a Lit element (a `<div>`
 * wrapper) `fixture` waits for an animation frame, and background tabs get none (Web Test Runner
 * runs two test files at once, so one page is hidden).
 */
export async function mount<T extends Element>(template: TemplateResult | string): Promise<T> {
  const element = fixtureSync<T>(template);
  await deepUpdated(element);
  return element;
}
