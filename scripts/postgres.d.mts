/** The variable naming a database the tests may use. */
export const TEST_DATABASE_ENV: string;
/** The one line printed (and thrown by the PostgreSQL tests) when no database is found. */
export const POSTGRES_HINT: string;
/** A Debian PostgreSQL cluster. */
export interface PostgresCluster {
  version: string;
  name: string;
  port: number;
  online: boolean;
}
/** The Debian clusters on this machine, or [] when there are none. */
export function listClusters(): PostgresCluster[];
/** A database for one run and how to drop it, or undefined when there is no PostgreSQL. */
export function provideTestDatabase(options?: { kept?: boolean }): { url: string; drop(): void } | undefined;
