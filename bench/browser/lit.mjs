// (B) This library: story-card, related-rail and story-digest from dist/digest-elements.js (loaded
// by the page before this script), given their data as properties.
import { installHarness } from './shared.mjs';

/** Where each element renders further elements that must have finished too. */
const NESTED = {
  'STORY-CARD': 'source-stack',
  'RELATED-RAIL': 'story-card',
  'STORY-DIGEST': 'source-stack, source-badge, related-rail',
};

/**
 * Lit renders in microtasks after a property is set, and an element renders the elements inside
 * it one microtask later. Waits, level by level, until every element in the tree has rendered.
 * Only microtasks: no task boundary, so no frame can slip in, and this function's own cost
 * (well under a millisecond for 1,000 cards) counts against B.
 */
async function settle(elements) {
  let pending = elements;
  while (pending.length > 0) {
    do await Promise.all(pending.map((element) => element.updateComplete));
    while (pending.some((element) => element.isUpdatePending));
    // Every nested element, not only those still pending: one that has rendered may have
    // nested elements of its own that have not.
    const next = [];
    for (const element of pending) {
      const selector = NESTED[element.tagName];
      if (selector) next.push(...element.renderRoot.querySelectorAll(selector));
    }
    pending = next;
  }
}

let elements = [];

installHarness({
  render(kind, stage, data) {
    if (kind === 'cards') {
      const list = document.createElement('ul');
      list.className = 'list';
      list.setAttribute('role', 'list');
      elements = data.articles.map((article) => {
        const card = document.createElement('story-card');
        card.article = article;
        list.appendChild(document.createElement('li')).append(card);
        return card;
      });
      stage.append(list);
    } else if (kind === 'rail') {
      const rail = document.createElement('related-rail');
      rail.articles = data.articles;
      stage.append(rail);
      elements = [rail];
    } else {
      const digest = document.createElement('story-digest');
      digest.article = data.story;
      stage.append(digest);
      elements = [digest];
    }
    return settle(elements);
  },
  update(kind, data) {
    if (kind === 'cards') elements.forEach((card, index) => (card.article = data.articles[index]));
    else if (kind === 'rail') elements[0].articles = data.articles;
    else elements[0].article = data.story;
    return settle(elements);
  },
});
