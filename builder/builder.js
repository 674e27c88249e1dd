/**
 * The embed builder page: reads the form, shows the chosen element in the preview and writes the
 * snippet. The preview's element gets exactly the attributes and inline JSON the snippet holds.
 */
// Defines the elements the preview shows (the data is read with dist/contract.js, in read-data.js).
import '../dist/digest-elements.js';
import { plainProblem } from './plain-problems.js';
import { elementData, readData } from './read-data.js';
import { elementHtml, scriptSafeJson, scriptTag } from './snippet.js';

const LAYOUTS = {
  'story-card': ['vertical', 'horizontal', 'compact'],
  'related-rail': ['scroll', 'grid', 'list'],
};

/** Languages written right to left among those offered. */
const RIGHT_TO_LEFT = new Set(['ar']);

const field = (id) => document.getElementById(id);
const data = field('data');
const elementChoice = field('element');
const layout = field('layout');
const theme = field('theme');
const language = field('language');
const scriptUrl = field('script-url');
const preview = field('preview');
const problemList = field('problem-list');
const dataRead = field('data-read');
const snippet = field('snippet');
const copyStatus = field('copy-status');

/** The version and integrity values of the bundle next to this page, when they can be read. */
let release;

/**
 * Reads a JSON file beside this page. The dot is escaped so that development servers which serve
 * `.json` paths as JavaScript modules (Web Test Runner's esbuild plugin) hand over the file as it is.
 */
async function readJson(path) {
  const response = await fetch(new URL(path.replace(/\.json$/, '%2Ejson'), document.baseURI));
  return response.ok ? response.json() : undefined;
}

async function loadRelease() {
  try {
    const [manifest, sri] = await Promise.all([readJson('./package.json'), readJson('./dist/sri.json')]);
    if (manifest?.version && sri) release = { version: manifest.version, sri };
  } catch {
    release = undefined;
  }
}

function fillLayouts() {
  const layouts = LAYOUTS[elementChoice.value];
  const previous = layout.value;
  layout.replaceChildren(
    ...(layouts ?? ['']).map((name, index) => {
      const option = new Option(name === '' ? 'Default' : name, name);
      option.selected = name === previous || (index === 0 && !layouts?.includes(previous));
      return option;
    }),
  );
}

function attributesOf(extra) {
  const attributes = { ...extra };
  // The first layout is each element's default: writing it out would add nothing.
  if (layout.value && layout.value !== LAYOUTS[elementChoice.value]?.[0]) attributes.layout = layout.value;
  if (theme.value) attributes.theme = theme.value;
  if (language.value) {
    attributes.lang = language.value;
    if (RIGHT_TO_LEFT.has(language.value)) attributes.dir = 'rtl';
  }
  return attributes;
}

/** Builds the element the snippet describes, with DOM calls: nothing from the data is parsed as HTML. */
function showPreview(tag, attributes, json) {
  if (json === undefined) {
    preview.replaceChildren();
    return;
  }
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  preview.replaceChildren(element);
}

function showProblems(problems) {
  problemList.replaceChildren(
    ...(problems.length > 0 ? problems : ['None.']).map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
}

function update() {
  const tag = elementChoice.value;
  const input = readData(data.value);
  const shaped = elementData(tag, input);
  const script = scriptTag(scriptUrl.value.trim(), release);
  const attributes = attributesOf(shaped.attributes);
  const problems = [...input.problems, ...shaped.problems.map(plainProblem), ...script.problems];
  if (input.value !== undefined && shaped.data === undefined) {
    problems.push(`Nothing here can be shown as a ${tag}.`);
  }
  dataRead.textContent = input.note;
  showProblems(problems);
  const json = shaped.data === undefined ? undefined : scriptSafeJson(shaped.data);
  showPreview(tag, attributes, json);
  snippet.value =
    shaped.data === undefined || !script.html
      ? ''
      : `${script.html}\n${elementHtml(tag, attributes, shaped.data)}\n`;
  copyStatus.textContent = '';
}

let pending;
function updateSoon() {
  clearTimeout(pending);
  pending = setTimeout(update, 150);
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Snippet copied.';
  } catch {
    // No clipboard access (an insecure origin, or permission refused): the reader copies by hand.
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

await loadRelease();
scriptUrl.value = `https://cdn.jsdelivr.net/npm/digest-elements@${release?.version ?? 'latest'}/dist/digest-elements.js`;
fillLayouts();
for (const control of [data, scriptUrl]) {
  control.addEventListener('input', updateSoon);
  control.addEventListener('change', update);
}
// A select reports a choice made with the arrow keys as input at once, and as change only on leaving.
for (const control of [layout, theme, language]) control.addEventListener('input', update);
elementChoice.addEventListener('input', () => {
  fillLayouts();
  update();
});
field('builder').addEventListener('submit', (event) => event.preventDefault());
field('copy').addEventListener('click', copySnippet);
update();
