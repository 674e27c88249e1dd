import { expect, fixture, html } from '@open-wc/testing';
import '../src/digest-elements.js';

describe('smoke', () => {
  it('renders a card', async () => {
    const el = await fixture(html`<story-card .article=${{ title: 'Hello' }}></story-card>`);
    expect(el.shadowRoot?.textContent).to.contain('Hello');
  });
});
