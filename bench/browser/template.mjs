// (A) The lower bound: <template> clones filled with textContent and setAttribute, light DOM,
// one document stylesheet (bench/pages/cards.css). No data checks, no shadow roots, no events.
import {
  countText,
  formatDate,
  hue,
  initial,
  installHarness,
  splitCitations,
  totalSources,
} from './shared.mjs';

function template(markup) {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element.content.firstElementChild;
}

let templates;
function prepare() {
  templates ??= {
    card: template(
      '<article class="card vertical"><div class="body"><h3 class="title" dir="auto"><a></a></h3><p class="summary" dir="auto"></p><div class="meta"><time></time><div class="stack"><ul class="logos" role="list"></ul><span class="count" dir="auto"></span></div></div></div></article>',
    ),
    logo: template('<li><img class="mark" width="32" height="32" loading="lazy" decoding="async" /></li>'),
    monogram: template('<li><span class="mark monogram" role="img"></span></li>'),
    rail: template(
      '<div class="rail"><div class="top"><h2 class="heading">Continue Reading</h2><div class="controls"><button type="button" aria-label="Previous stories"><span aria-hidden="true">‹</span></button><button type="button" aria-label="Next stories"><span aria-hidden="true">›</span></button></div></div><div class="scroller" role="group" tabindex="0"><ul class="list" role="list"></ul></div></div>',
    ),
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
  stack.lastChild.textContent = countText(totalSources(article));
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

/** Cards in `<li>`s of `list`; returns the title links. */
function fillList(list, articles, t) {
  const links = [];
  for (const article of articles) {
    const item = document.createElement('li');
    const made = card(article, t);
    item.append(made.element);
    list.append(item);
    links.push(made.link);
  }
  return links;
}

function rail(articles, t) {
  const element = t.rail.cloneNode(true);
  const links = fillList(element.querySelector('.list'), articles, t);
  return { element, links };
}

function digest(story, t) {
  const element = document.createElement('article');
  element.className = 'digest';
  const header = element.appendChild(document.createElement('header'));
  header.className = 'header';
  const h1 = header.appendChild(document.createElement('h1'));
  h1.className = 'title';
  h1.dir = 'auto';
  h1.textContent = story.title;
  const meta = header.appendChild(document.createElement('div'));
  meta.className = 'meta';
  if (story.curator) {
    const curator = meta.appendChild(document.createElement('span'));
    curator.className = 'curator';
    curator.append('Curated by ');
    const link = curator.appendChild(document.createElement('a'));
    link.setAttribute('href', story.curator.url);
    link.textContent = story.curator.name;
  }
  const time = meta.appendChild(document.createElement('time'));
  time.setAttribute('datetime', story.publishedAt);
  time.textContent = formatDate(story.publishedAt);
  const stack = meta.appendChild(t.card.querySelector('.stack').cloneNode(true));
  fillStack(stack, story, t);
  const share = meta.appendChild(document.createElement('button'));
  share.className = 'pill';
  share.type = 'button';
  share.textContent = 'Share';
  const summary = element.appendChild(document.createElement('p'));
  summary.className = 'summary text';
  summary.textContent = story.summary;
  const sources = story.sources ?? [];
  for (const part of story.sections ?? []) {
    const section = element.appendChild(document.createElement('section'));
    section.className = 'section text';
    if (part.heading) section.appendChild(document.createElement('h2')).textContent = part.heading;
    for (const text of part.paragraphs) {
      const paragraph = section.appendChild(document.createElement('p'));
      for (const run of splitCitations(text, sources.length)) {
        if (typeof run === 'string') paragraph.append(run);
        else {
          const button = paragraph.appendChild(document.createElement('button'));
          button.className = 'citation';
          button.type = 'button';
          button.setAttribute('aria-label', `Source ${run.cite}: ${sources[run.cite - 1].name}`);
          button.textContent = `[${run.cite}]`;
        }
      }
    }
  }
  const list = element.appendChild(document.createElement('section'));
  list.className = 'sources text';
  list.appendChild(document.createElement('h2')).textContent = 'Sources';
  const ol = list.appendChild(document.createElement('ol'));
  sources.forEach((source, index) => {
    const item = ol.appendChild(document.createElement('li'));
    item.id = `source-${index + 1}`;
    item.tabIndex = -1;
    const badge = item.appendChild(document.createElement('span'));
    badge.className = 'badge';
    const mark = (source.logo ? t.logo : t.monogram).firstChild.cloneNode(true);
    if (source.logo) mark.setAttribute('src', source.logo);
    else {
      mark.className = `mark monogram hue-${hue(source.name)}`;
      mark.textContent = initial(source.name);
    }
    mark.setAttribute(source.logo ? 'alt' : 'aria-label', '');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = source.name;
    badge.append(mark, name);
    if (source.url) {
      const link = item.appendChild(document.createElement('a'));
      link.setAttribute('href', source.url);
      link.textContent = source.title ?? new URL(source.url).hostname;
    }
  });
  const related = rail(story.related ?? [], t);
  element.append(related.element);
  return { element, h1, links: related.links };
}

let links = [];
let heading;

installHarness({
  render(kind, stage, data) {
    const t = prepare();
    if (kind === 'cards') {
      const list = document.createElement('ul');
      list.className = 'list';
      list.setAttribute('role', 'list');
      links = fillList(list, data.articles, t);
      stage.append(list);
    } else if (kind === 'rail') {
      const made = rail(data.articles, t);
      links = made.links;
      stage.append(made.element);
    } else {
      const made = digest(data.story, t);
      links = made.links;
      heading = made.h1;
      stage.append(made.element);
    }
  },
  update(kind, data) {
    const articles = data.articles ?? data.story.related;
    links.forEach((link, index) => (link.textContent = articles[index].title));
    if (heading) heading.textContent = data.story.title;
  },
});
