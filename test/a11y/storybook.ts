/**
 * Just enough of Storybook's CSF3 story preparation to render the stories in stories/*.stories.ts
 * outside Storybook, the way the web-components renderer does in the canvas:
 *
 * - args: the meta's `args`, then the story's (Storybook's `combineArgs` for our flat args);
 * - parameters: the meta's, then the story's, merged deeply (Storybook's `combineParameters`);
 * - the story function: `story.render ?? meta.render`, called with `(args, context)`;
 * - decorators: the story's, then the meta's; the first one listed is the innermost, and each one
 *   gets `(storyFn, context)`, where `storyFn(update?)` renders what it wraps with the context,
 *   optionally updated (Storybook's `defaultDecorateStory`);
 * - globals: the meta's, then the story's (a story's globals fix a toolbar value for that story);
 * - `play`, when a story has one, with the context and its `canvasElement`.
 *
 * The project's preview (.storybook/preview.ts) is left out: its parameters are for addons (docs,
 * a11y, controls), and its one decorator, the toolbar's Theme and Language (.storybook/theme.ts,
 * which imports a CSS file a browser cannot load as a module), changes nothing at the toolbar's
 * defaults. mount-story.ts applies the theme and the language of each test the way it does.
 */

type Args = Record<string, unknown>;
type Parameters = Record<string, unknown>;

/** The context fields a story, decorator or play function of ours may read. */
export interface StoryContext {
  id: string;
  name: string;
  title: string;
  exportName: string;
  args: Args;
  initialArgs: Args;
  argTypes: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Parameters;
  tags: string[];
  viewMode: 'story';
  loaded: Record<string, unknown>;
  abortSignal: AbortSignal;
  canvasElement?: HTMLElement;
}

type StoryFn = (update?: Partial<StoryContext>) => unknown;
type Decorator = (storyFn: StoryFn, context: StoryContext) => unknown;
type Render = (args: Args, context: StoryContext) => unknown;
type Play = (context: StoryContext & { canvasElement: HTMLElement }) => unknown;

interface Annotations {
  name?: string;
  args?: Args;
  parameters?: Parameters;
  decorators?: Decorator | Decorator[];
  render?: Render;
  play?: Play;
  tags?: string[];
  globals?: Record<string, unknown>;
}

interface Meta extends Annotations {
  title?: string;
  component?: string;
}

/** One story of a stories module, ready to render. */
export interface PreparedStory {
  /** `meta.title`, e.g. "Elements/story-card". */
  title: string;
  exportName: string;
  /** The story's `name`, or the name Storybook derives from the export ("BrokenLogoUrl" → "Broken Logo Url"). */
  name: string;
  args: Args;
  parameters: Parameters;
  /** Globals the story fixes (e.g. `{ theme: 'dark' }`), whatever the toolbar says. */
  globals: Record<string, unknown>;
  /** Renders the decorated story, as the canvas would. */
  render(context?: Partial<StoryContext>): unknown;
  /** Runs the story's `play` function, if it has one, against the mounted story. */
  play(canvasElement: HTMLElement): Promise<void>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** Storybook's `combineParameters`: plain objects merge key by key, anything else is replaced. */
function combineParameters(...layers: (Parameters | undefined)[]): Parameters {
  const merged: Parameters = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      const current = merged[key];
      merged[key] =
        isPlainObject(current) && isPlainObject(value) ? combineParameters(current, value) : value;
    }
  }
  return merged;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Storybook's `storyNameFromExport` (from @storybook/csf's `startCase`). */
export function storyNameFromExport(exportName: string): string {
  return exportName
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .replace(/^./, (first) => first.toUpperCase());
}

const storyId = (title: string, exportName: string) =>
  `${title}--${exportName}`
    .toLowerCase()
    .replace(/[^a-z0-9/-]+/g, '-')
    .replace(/\//g, '-');

/**
 * Every story of a stories module: each named export, in source order (Storybook's order without
 * `__namedExportsOrder`), prepared against the default export, the meta.
 */
export function prepareStories(module: object): PreparedStory[] {
  const entries = Object.entries(module) as [string, unknown][];
  const meta = (entries.find(([key]) => key === 'default')?.[1] ?? {}) as Meta;
  const title = meta.title ?? 'Untitled';
  return entries
    .filter(([key, value]) => key !== 'default' && key !== '__namedExportsOrder' && isPlainObject(value))
    .map(([exportName, value]) => prepareStory(meta, title, exportName, value as Annotations));
}

function prepareStory(meta: Meta, title: string, exportName: string, story: Annotations): PreparedStory {
  const name = story.name ?? storyNameFromExport(exportName);
  const args: Args = { ...meta.args, ...story.args };
  const parameters = combineParameters(meta.parameters, story.parameters);
  const globals = { ...meta.globals, ...story.globals };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${title} › ${name}: neither the story nor the meta has a render function`);
  const decorators = [...asArray(story.decorators), ...asArray(meta.decorators)];

  const baseContext = (): StoryContext => ({
    id: storyId(title, exportName),
    name,
    title,
    exportName,
    args: { ...args },
    initialArgs: { ...args },
    argTypes: {},
    globals: { ...globals },
    parameters,
    tags: [...asArray(meta.tags), ...asArray(story.tags)],
    viewMode: 'story',
    loaded: {},
    abortSignal: new AbortController().signal,
  });

  const renderDecorated = (initial: StoryContext): unknown => {
    // Storybook's defaultDecorateStory: one context store that each `storyFn(update)` updates.
    let current = initial;
    const bind =
      (inner: (context: StoryContext) => unknown): StoryFn =>
      (update) => {
        current = { ...current, ...update };
        return inner(current);
      };
    const undecorated = (context: StoryContext) => render(context.args, context);
    const decorated = decorators.reduce<(context: StoryContext) => unknown>(
      (inner, decorator) => (context) => decorator(bind(inner), context),
      undecorated,
    );
    return decorated(current);
  };

  return {
    title,
    exportName,
    name,
    args,
    parameters,
    globals,
    render: (overrides) => renderDecorated({ ...baseContext(), ...overrides }),
    async play(canvasElement) {
      if (story.play) await story.play({ ...baseContext(), canvasElement });
    },
  };
}
