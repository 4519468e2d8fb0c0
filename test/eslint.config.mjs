import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdn/**', 'docs/api/**', 'test/.results/**', '**/localization/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
