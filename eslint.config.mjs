// The lint rules for the whole repository (`npm run lint`, part of `npm test`), with eslint-plugin-lit's checks of Lit
// templates in the elements. Formatting is Prettier's (.prettierrc.json), checked in the same step.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdn/**', 'docs/api/**', 'test/.results/**', '**/localization/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['packages/elements/src/**/*.ts', 'packages/react/src/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: {
      // Templates bind to what a reader can see: every attribute quoted or bound, no duplicate or invalid bindings.
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-template-arrow': 'off',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'lit/no-property-change-update': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `.only` silently stops the rest of a suite from running.
      'no-restricted-properties': [
        'error',
        ...['it', 'describe', 'test'].map((object) => ({ object, property: 'only', message: 'Remove .only before committing.' })),
      ],
      // The catalogue is text, never markup or code: no HTML parsing, no eval.
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Do not parse HTML from data.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Do not parse HTML from data.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings (strict CSP).' },
      ],
      'no-eval': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
