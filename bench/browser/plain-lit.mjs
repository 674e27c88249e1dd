// (P) A minimal Lit card: one LitElement with shadow DOM, static styles written for it and one
// template, in the same rail shell as A. What a plain Lit card costs, without the library's data
// checks, tokens, layouts or events.
import { LitElement, css, html } from 'lit';
import { formatDate, hue, initial, installHarness, railShell, sourcesLabel } from './shared.mjs';

class BenchCard extends LitElement {
  static properties = { article: { attribute: false } };

  static styles = css`
    :host {
      display: block;
      height: 100%;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      box-sizing: border-box;
      height: 100%;
      overflow: hidden;
      border: 1px solid #d9dae0;
      border-radius: 12px;
      background: #fff;
      color: #1b1b1f;
      line-height: 1.45;
      overflow-wrap: anywhere;
    }
    .body {
      display: flex;
      flex: 1;
      flex-direction: column;
      gap: 8px;
      padding: 16px;
    }
    .title {
      display: -webkit-box;
      margin: 0;
      overflow: hidden;
      font-size: 17px;
      font-weight: 700;
      line-height: 1.3;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
    }
    .title a {
      color: inherit;
      text-decoration: none;
    }
    .title a::after {
      position: absolute;
      inset: 0;
      content: '';
    }
    .summary {
      display: -webkit-box;
      margin: 0;
      overflow: hidden;
      color: #5d5e66;
      font-size: 15px;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin-top: auto;
      color: #5d5e66;
      font-size: 13px;
    }
    .stack {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .logos {
      display: inline-flex;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .logos li + li {
      margin-left: -4px;
    }
    .mark {
      width: 19px;
      height: 19px;
      border-radius: 50%;
      box-shadow: 0 0 0 2px #fff;
    }
    .monogram {
      display: inline-grid;
      place-items: center;
      color: #fff;
      font-size: 8px;
      font-weight: 700;
      line-height: 1;
    }
    .hue-0 {
      background: #b3261e;
    }
    .hue-1 {
      background: #1d6b3f;
    }
    .hue-2 {
      background: #1f5aa6;
    }
    .hue-3 {
      background: #6a3fa0;
    }
    .hue-4 {
      background: #8a4b08;
    }
    .hue-5 {
      background: #00695c;
    }
    .hue-6 {
      background: #ad1457;
    }
    .hue-7 {
      background: #455a64;
    }
    .count {
      font-weight: 600;
      white-space: nowrap;
    }
  `;

  render() {
    const article = this.article;
    if (!article) return html``;
    return html`<article class="card">
      <div class="body">
        <h3 class="title" dir="auto"><a href=${article.url}>${article.title}</a></h3>
        <p class="summary" dir="auto">${article.summary}</p>
        <div class="meta">
          <time datetime=${article.publishedAt}>${formatDate(article.publishedAt)}</time>
          <div class="stack">
            <ul class="logos" role="list">
              ${article.sources.slice(0, 4).map((source) =>
                source.logo
                  ? html`<li>
                      <img
                        class="mark"
                        src=${source.logo}
                        alt="${source.name} logo"
                        width="32"
                        height="32"
                        loading="lazy"
                        decoding="async"
                      />
                    </li>`
                  : html`<li>
                      <span
                        class="mark monogram hue-${hue(source.name)}"
                        role="img"
                        aria-label="${source.name} logo"
                        >${initial(source.name)}</span
                      >
                    </li>`,
              )}
            </ul>
            <span class="count" dir="auto">${sourcesLabel(article)}</span>
          </div>
        </div>
      </div>
    </article>`;
  }
}
customElements.define('bench-card', BenchCard);

let cards = [];

installHarness({
  render(kind, stage, articles) {
    const { element, list } = railShell();
    cards = articles.map((article) => {
      const card = document.createElement('bench-card');
      card.article = article;
      list.appendChild(document.createElement('li')).append(card);
      return card;
    });
    stage.append(element);
    return Promise.all(cards.map((card) => card.updateComplete));
  },
  update(kind, articles) {
    cards.forEach((card, index) => (card.article = articles[index]));
    return Promise.all(cards.map((card) => card.updateComplete));
  },
});
