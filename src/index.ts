import * as core from '@actions/core'
import { exitOnCancel } from './system/cancellation.js'
import { leftovers } from './system/leftovers.js'
import { run } from './main.js'
import { runPost } from './post.js'

// One bundle for both steps, as docker/build-push-action does: the main step
// sets isPost in its state, and the runner hands that state to the post step.
if (core.getState('isPost')) {
  await runPost()
} else {
  core.saveState('isPost', 'true')
  // What the run makes is saved as it is made, for the post step after a kill.
  leftovers.recordWith(items => core.saveState('leftovers', JSON.stringify(items)))
  exitOnCancel(message => core.warning(message), 1)
  await run()
}
