/** Moved to the channel-neutral workflows so the web chat fills answers the same way. */
export { placeFacts } from '../workflows/services/place-facts.js';
