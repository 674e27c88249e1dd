// (A) The lower bound: <template> clones filled with textContent and setAttribute, light DOM,
// one document stylesheet written for it (bench/pages/plain.css). No data checks, no shadow
// roots, no events.
import { formatDate, hue, initial, installHarness, railShell, sourcesLabel } from './shared.mjs';

function template(markup) {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element.content.firstElementChild;
}

let templates;
function prepare() {
  templates ??= {
    card: template(
      '<article class="card"><div class="body"><h3 class="title" dir="auto"><a></a></h3><p class="summary" dir="auto"></p><div class="meta"><time></time><div class="stack"><ul class="logos" role="list"></ul><span class="count" dir="auto"></span></div></div></div></article>',
    ),
    logo: template('<li><img class="mark" width="32" height="32" loading="lazy" decoding="async" /></li>'),
    monogram: template('<li><span class="mark monogram" role="img"></span></li>'),
  };
  return templates;
}

/** Logos and "N Sources" into a `.stack`. */
function fillStack(stack, article, t) {
  const logos = stack.firstChild;
  for (const source of (article.sources ?? []).slice(0, 4)) {
    let item;
    if (source.logo) {
      item = t.logo.cloneNode(true);
      item.firstChild.setAttribute('src', source.logo);
      item.firstChild.setAttribute('alt', `${source.name} logo`);
    } else {
      item = t.monogram.cloneNode(true);
      const mark = item.firstChild;
      mark.className = `mark monogram hue-${hue(source.name)}`;
      mark.setAttribute('aria-label', `${source.name} logo`);
      mark.textContent = initial(source.name);
    }
    logos.append(item);
  }
  stack.lastChild.textContent = sourcesLabel(article);
}

/** One card; returns it and its title link, kept for updates. */
function card(article, t) {
  const element = t.card.cloneNode(true);
  const [title, summary, meta] = element.firstChild.children;
  const link = title.firstChild;
  link.setAttribute('href', article.url);
  link.textContent = article.title;
  summary.textContent = article.summary;
  const time = meta.firstChild;
  if (article.publishedAt) {
    time.setAttribute('datetime', article.publishedAt);
    time.textContent = formatDate(article.publishedAt);
  } else time.remove();
  fillStack(meta.lastChild, article, t);
  return { element, link };
}

let links = [];

installHarness({
  render(kind, stage, articles) {
    const t = prepare();
    const { element, list } = railShell();
    links = articles.map((article) => {
      const made = card(article, t);
      list.appendChild(document.createElement('li')).append(made.element);
      return made.link;
    });
    stage.append(element);
  },
  update(kind, articles) {
    links.forEach((link, index) => (link.textContent = articles[index].title));
  },
});
