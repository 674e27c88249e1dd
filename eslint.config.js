import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      '.package/',
      'examples/.package/',
      'examples/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our lists drop their bullets, and Safari then drops their list semantics unless
      // role="list" restores them: here the role is not redundant.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/support/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
