// Loaded into a server-rendered fixture page (see hydration.test.ts): Lit's hydrate support first,
// so it patches LitElement before the elements' module graph evaluates it, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/digest-elements.js';
