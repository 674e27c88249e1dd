/** Defines `<source-stack>`, which draws its logos itself. Importing this module is the side effect. */
import { SourceStack } from '../elements/source-stack/source-stack.js';
import { defineElements } from '../element/register.js';

export { SourceStack };

defineElements({ 'source-stack': SourceStack });
