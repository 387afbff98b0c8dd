/** The place facts now live in the domain, shared by every channel; kept here for old imports. */
export { placeFacts } from '../domain/people/place-facts.js';
