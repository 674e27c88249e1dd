/**
 * The whole library, the npm package's main export: importing this module defines every element
 * (src/define/all.ts, also the CDN's `dist/digest-elements.js`), and it exports the contract's
 * functions as well (on the CDN, `dist/contract.js`). The classic script is built from it, so it
 * holds both.
 */
export * from './define/all.js';
export * from './contract/index.js';
