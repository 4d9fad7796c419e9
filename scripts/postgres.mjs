// Finds the PostgreSQL the tests and benches use: $ROOMS_KIT_TEST_DATABASE_URL when set, else a Debian cluster
// (`pg_lsclusters`), started if it is down, in which a throwaway role and database are made for one run and dropped
// after it. Only tests and benches need a database; `npm start` runs without one.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';

/** The variable naming a database the tests may use (and empty at will). */
export const TEST_DATABASE_ENV = 'ROOMS_KIT_TEST_DATABASE_URL';

export const POSTGRES_HINT =
  'No PostgreSQL found for the tests: install it (Debian/Ubuntu: `sudo apt-get install -y postgresql`) and run `npm test`, or set ROOMS_KIT_TEST_DATABASE_URL=postgres://user:password@host:5432/database.';

/** The Debian clusters on this machine (`pg_lsclusters`), or [] when there are none or no such command. */
export function listClusters() {
  const result = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  if (result.status !== 0 || typeof result.stdout !== 'string') return [];
  return result.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 4)
    .map(([version, name, port, status]) => ({ version, name, port: Number(port), online: status === 'online' }));
}

/** Runs SQL as the cluster's superuser: through `su postgres` as root, directly as the postgres user. */
function asSuperuser(cluster, sql) {
  const psql = ['psql', '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-p', String(cluster.port), '-d', 'postgres'];
  const options = { input: sql, encoding: 'utf8', cwd: '/' };
  const result =
    userInfo().uid === 0
      ? spawnSync('su', ['postgres', '-c', psql.join(' ')], options)
      : spawnSync(psql[0], psql.slice(1), options);
  if (result.status !== 0) {
    const why = (result.stderr || result.error?.message || '').trim().split('\n')[0];
    throw new Error(`Could not run SQL on PostgreSQL ${cluster.version}/${cluster.name} as its superuser: ${why}`);
  }
  return result.stdout;
}

const RUN_PREFIX = 'rooms_kit_test_';

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Drops the databases (and roles) of earlier runs whose process is gone: a run that was killed could not. */
function dropLeftovers(cluster) {
  const names = asSuperuser(cluster, `SELECT datname FROM pg_database WHERE datname LIKE '${RUN_PREFIX}%';\n`)
    .split('\n')
    .filter((name) => /^rooms_kit_test_\d+_[0-9a-f]+$/.test(name))
    .filter((name) => !running(Number(name.split('_')[3])));
  const sql = names.map((name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE);\nDROP ROLE IF EXISTS ${name};\n`);
  if (sql.length > 0) asSuperuser(cluster, sql.join(''));
}

/**
 * A database for one test run: `{ url, drop }`, or `undefined` when there is no PostgreSQL. With
 * $ROOMS_KIT_TEST_DATABASE_URL that database is used and `drop` leaves it; otherwise a new role and database are
 * made in the first Debian cluster (started if it is down) and `drop` removes both. Those of runs that were killed
 * are dropped first; `kept: true` names one for use by hand, which no later run drops.
 */
export function provideTestDatabase({ kept = false } = {}) {
  const given = process.env[TEST_DATABASE_ENV];
  if (given) return { url: given, drop: () => undefined };
  const clusters = listClusters();
  const cluster = clusters.find((c) => c.online) ?? clusters[0];
  if (!cluster) return undefined;
  if (!cluster.online) {
    const started = spawnSync('pg_ctlcluster', [cluster.version, cluster.name, 'start'], { encoding: 'utf8' });
    if (started.status !== 0) {
      const why = (started.stderr || '').trim().split('\n')[0];
      throw new Error(`PostgreSQL ${cluster.version}/${cluster.name} is down and did not start: ${why}`);
    }
  }
  dropLeftovers(cluster);
  const name = `${kept ? 'rooms_kit_kept_' : RUN_PREFIX}${process.pid}_${randomBytes(3).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  asSuperuser(cluster, `CREATE ROLE ${name} LOGIN PASSWORD '${password}';\nCREATE DATABASE ${name} OWNER ${name};\n`);
  let dropped = false;
  return {
    url: `postgres://${name}:${password}@127.0.0.1:${cluster.port}/${name}`,
    drop() {
      if (dropped) return;
      dropped = true;
      asSuperuser(cluster, `DROP DATABASE IF EXISTS ${name} WITH (FORCE);\nDROP ROLE IF EXISTS ${name};\n`);
    },
  };
}

// `node scripts/postgres.mjs`: makes a database for running PostgreSQL tests by hand and prints how to use it (drop
// it with `DROP DATABASE … WITH (FORCE)` when done).
if (import.meta.url === `file://${process.argv[1]}`) {
  const database = provideTestDatabase({ kept: true });
  if (!database) {
    console.error(POSTGRES_HINT);
    process.exit(1);
  }
  console.log(`export ${TEST_DATABASE_ENV}='${database.url}'`);
}
