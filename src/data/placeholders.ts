import { html, nothing, type TemplateResult } from 'lit';
import type { StoryIntake } from './story-intake.js';
import { message, type Language } from '../i18n/messages.js';

/**
 * What a data-taking element shows when it has no story to show: nothing while it has been given
 * nothing, a skeleton of its own shape while `src` loads (so the page does not jump when the data
 * arrives), and otherwise the neutral placeholder, with "Try again" when a load failed.
 */
export function renderWithoutData(
  data: Pick<StoryIntake<unknown>, 'state' | 'result' | 'retry'>,
  language: Language,
  skeleton: TemplateResult,
): TemplateResult | typeof nothing {
  if (data.state === 'loading') {
    return html`<div part="skeleton" class="skeleton" aria-busy="true">
      <span class="visually-hidden">${message(language, 'loading')}</span>${skeleton}
    </div>`;
  }
  if (data.state !== 'error' && !data.result) return nothing;
  return html`<div part="error" class="error">
    <span>${message(language, 'unavailable')}</span>
    ${
      data.state === 'error'
        ? html`<button part="retry" class="pill retry" type="button" @click=${() => data.retry()}>
            ${message(language, 'retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** A grey bar standing in for a line of text while data loads. */
export const bar = (length: 'short' | 'medium' | 'long') => html`<span class="bar ${length}"></span>`;
