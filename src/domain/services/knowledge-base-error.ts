/**
 * The one error the knowledge-base loader throws.
 *
 * It is thrown at start-up, read by whoever edited a YAML file, and so it names the file, the
 * topic when there is one, and what to change. Nothing catches it to recover: a bot with a broken
 * knowledge base should refuse to start rather than answer from half of it.
 */
export class KnowledgeBaseError extends Error {
  override readonly name = 'KnowledgeBaseError';

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly topicId?: string,
  ) {
    super(`${file}${topicId ? ` (topic ${topicId})` : ''}: ${problem}`);
  }
}
