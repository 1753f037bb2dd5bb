import type { Report } from './report.js'

/** When the pull request comment is posted (an existing one is always kept current). */
export type CommentPolicy = 'always' | 'on-change' | 'on-regression' | 'never'

export const COMMENT_POLICIES: CommentPolicy[] = [
  'always',
  'on-change',
  'on-regression',
  'never'
]

/** Whether the policy wants a new comment for these reports. */
export function wantsComment(policy: CommentPolicy, reports: readonly Report[]): boolean {
  return reports.some(report => wants(policy, report))
}

function wants(policy: CommentPolicy, report: Report): boolean {
  switch (policy) {
    case 'always':
      return true
    case 'never':
      return false
    case 'on-change':
      return (
        report.base === null || report.stages.some(stage => stage.status !== 'unchanged')
      )
    case 'on-regression':
      return report.verdict === 'warn' || report.verdict === 'fail'
  }
}
