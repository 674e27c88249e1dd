// (C) The same card as a React 19 component (production build), rendered with createRoot and
// flushSync so the DOM is complete when render() returns; same markup and stylesheet as A.
import { createElement as h, Fragment } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import {
  countText,
  formatDate,
  hue,
  initial,
  installHarness,
  splitCitations,
  totalSources,
} from './shared.mjs';

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
    h('span', { className: 'count', dir: 'auto' }, countText(totalSources(article))),
  );
}

function Card({ article }) {
  return h(
    'article',
    { className: 'card vertical' },
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

function List({ articles }) {
  return h(
    'ul',
    { className: 'list', role: 'list' },
    articles.map((article) => h('li', { key: article.id }, h(Card, { article }))),
  );
}

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
    h('div', { className: 'scroller', role: 'group', tabIndex: 0 }, h(List, { articles })),
  );
}

function Paragraph({ text, sources }) {
  return h(
    'p',
    null,
    splitCitations(text, sources.length).map((run, index) =>
      typeof run === 'string'
        ? h(Fragment, { key: index }, run)
        : h(
            'button',
            {
              key: index,
              className: 'citation',
              type: 'button',
              'aria-label': `Source ${run.cite}: ${sources[run.cite - 1].name}`,
            },
            `[${run.cite}]`,
          ),
    ),
  );
}

function Digest({ story }) {
  const sources = story.sources ?? [];
  return h(
    'article',
    { className: 'digest' },
    h(
      'header',
      { className: 'header' },
      h('h1', { className: 'title', dir: 'auto' }, story.title),
      h(
        'div',
        { className: 'meta' },
        story.curator &&
          h(
            'span',
            { className: 'curator' },
            'Curated by ',
            h('a', { href: story.curator.url }, story.curator.name),
          ),
        h('time', { dateTime: story.publishedAt }, formatDate(story.publishedAt)),
        h(Stack, { article: story }),
        h('button', { className: 'pill', type: 'button' }, 'Share'),
      ),
    ),
    h('p', { className: 'summary text' }, story.summary),
    (story.sections ?? []).map((section, index) =>
      h(
        'section',
        { key: index, className: 'section text' },
        section.heading && h('h2', null, section.heading),
        section.paragraphs.map((text, n) => h(Paragraph, { key: n, text, sources })),
      ),
    ),
    h(
      'section',
      { className: 'sources text' },
      h('h2', null, 'Sources'),
      h(
        'ol',
        null,
        sources.map((source, index) =>
          h(
            'li',
            { key: index, id: `source-${index + 1}`, tabIndex: -1 },
            h(
              'span',
              { className: 'badge' },
              h(Mark, { source, label: '' }),
              h('span', { className: 'name' }, source.name),
            ),
            source.url && h('a', { href: source.url }, source.title ?? new URL(source.url).hostname),
          ),
        ),
      ),
    ),
    h(Rail, { articles: story.related ?? [] }),
  );
}

function view(kind, data) {
  if (kind === 'cards') return h(List, { articles: data.articles });
  if (kind === 'rail') return h(Rail, { articles: data.articles });
  return h(Digest, { story: data.story });
}

let root;

installHarness({
  render(kind, stage, data) {
    root = createRoot(stage);
    flushSync(() => root.render(view(kind, data)));
  },
  update(kind, data) {
    flushSync(() => root.render(view(kind, data)));
  },
});
