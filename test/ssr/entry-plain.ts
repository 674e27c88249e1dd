// Loaded into a server-rendered fixture page (see hydration.test.ts): the elements without Lit's
// hydrate support, as on a page that forgot it.
import '../../src/digest-elements.js';
