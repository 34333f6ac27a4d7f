/** The programmatic API (tests, embedding): the CLI is in cli.ts. */
export {main} from './cli.js';
export {startServer, MAX_BODY, type Running} from './server.js';
export {loadConfig, type Config} from './config.js';
export {openDb, type Opened} from './db.js';
export {setUser, removeUser} from './auth.js';
export {backup, restore, purge, erase, retention} from './ops.js';
export {csvCell} from './inbox/index.js';
export {newReference, REFERENCE_PATTERN} from './reference.js';
export {checkEnvelope} from './validate.js';
