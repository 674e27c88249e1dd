// (B) This library, from dist/digest-elements.js (loaded by the page before this script):
// story-card elements given `.article` in the same rail shell as A and P, or for `rail` the
// library's own related-rail given `.articles`.
import { installHarness, railShell } from './shared.mjs';

/**
 * Lit renders in microtasks after a property is set, and a rail renders its cards one microtask
 * later. Waits until every element has rendered, in microtasks only: no task boundary, so no
 * frame can slip in, and this function's own cost counts against B.
 */
async function settle(elements) {
  let pending = elements;
  while (pending.length > 0) {
    do await Promise.all(pending.map((element) => element.updateComplete));
    while (pending.some((element) => element.isUpdatePending));
    pending = pending.flatMap((element) =>
      element.localName === 'related-rail' ? [...element.renderRoot.querySelectorAll('story-card')] : [],
    );
  }
}

let elements = [];

installHarness({
  render(kind, stage, articles) {
    if (kind === 'rail') {
      const rail = document.createElement('related-rail');
      rail.articles = articles;
      stage.append(rail);
      elements = [rail];
    } else {
      const { element, list } = railShell();
      elements = articles.map((article) => {
        const card = document.createElement('story-card');
        card.article = article;
        list.appendChild(document.createElement('li')).append(card);
        return card;
      });
      stage.append(element);
    }
    return settle(elements);
  },
  update(kind, articles) {
    if (kind === 'rail') elements[0].articles = articles;
    else elements.forEach((card, index) => (card.article = articles[index]));
    return settle(elements);
  },
});
