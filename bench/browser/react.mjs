// (C) The same card as a React 19 component (production build), rendered with createRoot and
// flushSync so the DOM is complete when render() returns; same markup and stylesheet as A.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { formatDate, hue, initial, installHarness, sourcesLabel } from './shared.mjs';

function Mark({ source, label }) {
  return source.logo
    ? h('img', {
        className: 'mark',
        src: source.logo,
        alt: label,
        width: 32,
        height: 32,
        loading: 'lazy',
        decoding: 'async',
      })
    : h(
        'span',
        { className: `mark monogram hue-${hue(source.name)}`, role: 'img', 'aria-label': label },
        initial(source.name),
      );
}

function Stack({ article }) {
  return h(
    'div',
    { className: 'stack' },
    h(
      'ul',
      { className: 'logos', role: 'list' },
      (article.sources ?? [])
        .slice(0, 4)
        .map((source, index) => h('li', { key: index }, h(Mark, { source, label: `${source.name} logo` }))),
    ),
    h('span', { className: 'count', dir: 'auto' }, sourcesLabel(article)),
  );
}

function Card({ article }) {
  return h(
    'article',
    { className: 'card' },
    h(
      'div',
      { className: 'body' },
      h('h3', { className: 'title', dir: 'auto' }, h('a', { href: article.url }, article.title)),
      h('p', { className: 'summary', dir: 'auto' }, article.summary),
      h(
        'div',
        { className: 'meta' },
        article.publishedAt && h('time', { dateTime: article.publishedAt }, formatDate(article.publishedAt)),
        h(Stack, { article }),
      ),
    ),
  );
}

/** The rail shell of shared.mjs, as React elements. */
function Rail({ articles }) {
  return h(
    'div',
    { className: 'rail' },
    h(
      'div',
      { className: 'top' },
      h('h2', { className: 'heading' }, 'Continue Reading'),
      h(
        'div',
        { className: 'controls' },
        h(
          'button',
          { type: 'button', 'aria-label': 'Previous stories' },
          h('span', { 'aria-hidden': 'true' }, '‹'),
        ),
        h(
          'button',
          { type: 'button', 'aria-label': 'Next stories' },
          h('span', { 'aria-hidden': 'true' }, '›'),
        ),
      ),
    ),
    h(
      'div',
      { className: 'scroller', role: 'group', tabIndex: 0 },
      h(
        'ul',
        { className: 'list', role: 'list' },
        articles.map((article) => h('li', { key: article.id }, h(Card, { article }))),
      ),
    ),
  );
}

let root;

installHarness({
  render(kind, stage, articles) {
    root = createRoot(stage);
    flushSync(() => root.render(h(Rail, { articles })));
  },
  update(kind, articles) {
    flushSync(() => root.render(h(Rail, { articles })));
  },
});
