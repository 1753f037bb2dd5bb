import { COMMENT_POLICIES, type CommentPolicy } from '../comment-policy.js'
import { UserError } from '../errors.js'
import { FILES_SHOWN } from '../render/terminal-table.js'
import { optional, text } from './row.js'

function parseCommentPolicy(value: string, input: string): CommentPolicy {
  const policy = value.trim() as CommentPolicy
  if (!COMMENT_POLICIES.includes(policy)) {
    throw new UserError(
      `${input}: "${value}" is not a comment policy; use ${COMMENT_POLICIES.join(', ')}`
    )
  }
  return policy
}

function parsePullRequestNumber(value: string, input: string): number | null {
  const text = value.trim().replace(/^#/, '')
  if (text === '') return null
  if (!/^[1-9]\d*$/.test(text)) {
    throw new UserError(
      `${input}: "${value}" is not a pull request number; give one, e.g. 42`
    )
  }
  return Number(text)
}

/** --files: a whole number of files, 0 for none. */
function parseFileCount(value: string, input: string): number {
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  throw new UserError(
    `${input}: "${value}" is not a number of files; use a whole number, 0 for none (default ${FILES_SHOWN})`
  )
}

/** Where the results go: the report, the comment, the terminal. */
export const OUTPUT_OPTIONS = {
  reportPath: text({
    input: 'report-path',
    section: 'output',
    description:
      'Where to write the JSON report. Default $RUNNER_TEMP/stage-size-report.json.',
    parse: optional
  }),
  json: text({
    flag: 'json',
    section: 'output',
    description: 'Where the CLI writes the JSON report.',
    help: {
      value: 'PATH',
      text: 'write the JSON report to PATH ("-": print it instead of the table)'
    },
    parse: optional
  }),
  markdown: text({
    flag: 'markdown',
    section: 'output',
    description: 'Where the CLI writes the report as markdown.',
    help: {
      value: 'PATH',
      text: 'write the report as markdown (what the action posts as the PR comment) to PATH ("-": print it instead of the table)'
    },
    parse: optional
  }),
  files: text({
    flag: 'files',
    section: 'output',
    description: "How many of the target's file changes the CLI lists.",
    default: String(FILES_SHOWN),
    help: {
      value: 'N',
      text: `list the target's N largest file changes after the table (default: ${FILES_SHOWN}; 0: none)`
    },
    parse: (value, { name }) => parseFileCount(value, name)
  }),
  verbose: text({
    flag: 'verbose',
    short: 'v',
    switch: true,
    section: 'output',
    description: 'Show the build log.',
    help: { text: 'show the build log' },
    parse: value => value === 'true'
  }),
  help: text({
    flag: 'help',
    short: 'h',
    switch: true,
    section: 'output',
    description: 'Show the help.',
    help: { text: 'show this help' },
    parse: value => value === 'true'
  }),
  version: text({
    flag: 'version',
    switch: true,
    section: 'output',
    description: "Show stage-size's version.",
    help: { text: "show stage-size's version" },
    parse: value => value === 'true'
  }),
  githubToken: text({
    input: 'github-token',
    section: 'output',
    description:
      'The token that writes the pull request comment. It needs pull-requests write permission.',
    // The runner puts the workflow's token there; an empty one stays empty.
    actionDefault: '${{ github.token }}',
    parse: value => value
  }),
  comment: text({
    input: 'comment',
    section: 'output',
    description:
      'When to post the pull request comment, always, on-change (some stage changed size), on-regression (verdict warn or fail) or never. An existing comment is always kept current.',
    default: 'always',
    parse: (value, { name }) => parseCommentPolicy(value, name)
  }),
  commentKey: text({
    input: 'comment-key',
    section: 'output',
    description:
      "Tells this image's comment apart from others on the same pull request. Default the Dockerfile path and the target.",
    parse: optional
  }),
  commentFromReport: text({
    input: 'comment-from-report',
    section: 'output',
    description:
      'Post these reports (paths or globs, one per line, from runs on a pull_request event, e.g. downloaded artifacts) as the pull request comment and build nothing; several are merged into one comment. For workflow_run workflows that comment on pull requests from forks, and for merging a matrix of images.',
    parse: optional
  }),
  pullRequestNumber: text({
    input: 'pull-request',
    section: 'output',
    description:
      'The pull request comment-from-report posts on, when the event is not workflow_run (which names it by itself). The report must name the same pull request at its current head.',
    parse: (value, { name }) => parsePullRequestNumber(value, name)
  })
}
