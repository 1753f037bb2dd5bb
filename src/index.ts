import { runMain } from './action/main.js'
import { runPost } from './action/post.js'
import { state } from './action/state.js'

// One bundle for both steps, as docker/build-push-action does: the main step
// marks its state, and the runner hands that state to the post step.
await (state.isPost() ? runPost() : runMain())
