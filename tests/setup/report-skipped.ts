/** Says plainly which test groups were skipped for lack of services, so a green run is honest. */
export default function reportSkipped(): void {
  if (!process.env.TEST_DATABASE_URL) {
    console.log(
      '⚠ TEST_DATABASE_URL is not set: PostgreSQL store tests are skipped (SQLite runs).',
    );
  }
  if (!process.env.TEST_REDIS_URL) {
    console.log('⚠ TEST_REDIS_URL is not set: Redis session tests are skipped.');
  }
}
