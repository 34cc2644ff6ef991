/** NOTIFY channels shared by every server instance on one database. */
export const LIVE_CHANNEL = 'placard_live'; // payload: `<live_events id>:<campaign id>`
export const COUNT_CHANNEL = 'placard_count'; // payload: `<instance id>:<campaign id>`

/** Instances put their id in count notifications so they can skip their own. */
export const ANY_INSTANCE = '*';
