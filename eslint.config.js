import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** What src/core/ must not import: it is pure logic, and I/O lives in the adapters around it. */
const IO_MODULES = [
  'node:fs',
  'node:fs/promises',
  'node:http',
  'node:https',
  'node:net',
  'node:child_process',
  'node:os',
  'node:stream',
  'node:zlib'
]

const PURE = 'src/core is pure: do the I/O in an adapter (engine, git, github, system).'
const ADAPTERS = ['engine', 'git', 'github', 'system']

/** A no-restricted-imports rule for `files`: these import patterns, each with its reason. */
function restrict(files, patterns, paths = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths,
          patterns: patterns.map(([group, message]) => ({ group, message }))
        }
      ]
    }
  }
}

const ioPaths = IO_MODULES.map(name => ({ name, message: PURE }))
const noActions = [['@actions/*', '@octokit/*'], 'GitHub is reached through src/github.']

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.engine/', '.bench-build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  // The core imports only the core (and the published report schema, data it validates against).
  restrict(
    ['src/core/*.ts'],
    [
      noActions,
      [
        ['../*', '!../..', '../../*', '!../../report.schema.json'],
        'src/core imports only src/core: the adapters depend on it, not it on them.'
      ]
    ],
    ioPaths
  ),
  restrict(
    ['src/core/*/*.ts'],
    [
      noActions,
      [
        ['../../*'],
        'src/core imports only src/core: the adapters depend on it, not it on them.'
      ]
    ],
    ioPaths
  ),
  // The run both doors call knows neither door.
  restrict(
    ['src/app/*.ts'],
    [
      noActions,
      [
        ['../action/*', '../cli/*'],
        'src/app is the run both doors call: it imports neither.'
      ]
    ]
  ),
  restrict(
    ['src/action/*.ts'],
    [[['../cli/*'], 'The action and the CLI never import each other.']]
  ),
  restrict(
    ['src/cli/*.ts'],
    [noActions, [['../action/*'], 'The action and the CLI never import each other.']]
  ),
  // Adapters import only the core, system and their own folder.
  ...ADAPTERS.map(adapter =>
    restrict(
      [`src/${adapter}/*.ts`],
      [
        [
          [
            'app',
            'action',
            'cli',
            ...ADAPTERS.filter(other => other !== adapter && other !== 'system')
          ].map(folder => `../${folder}/*`),
          'Adapters import only src/core, src/system and their own folder.'
        ]
      ]
    )
  ),
  {
    // Short functions, one concern each, in files a reader can hold; tests and scripts may hold longer tables.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 40, skipBlankLines: true, skipComments: true }
      ],
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }]
    }
  }
)
