/**
 * The bulk rooms of the 100,000-room tests and the record store bench: what the `i`th one is, and how PostgreSQL
 * storage is filled with them in one statement per table. No test runner here, so the bench can load it too.
 */
import type { Pool } from 'pg';
import type { RoomParticipant } from '../../../src/core/types';
import type { NewRoomRecord } from '../../../src/server/records/types';

/** When bulk records begin; each one is a second after the one before. */
export const BULK_START = Date.UTC(2025, 0, 1, 8);
/** Bulk records share their organiser, tenant and participant with every 5,000th other record. */
export const BULK_GROUPS = 5000;

/** The `i`th bulk record (from 0), as {@link RecordStorage.seed} writes it. */
export function bulkRecord(i: number): NewRoomRecord {
  const createdAt = new Date(BULK_START + i * 1000);
  return {
    roomId: `bulk-${String(i).padStart(6, '0')}`,
    subject: `Bulk room ${i}`,
    organizerId: `bulk-organizer-${i % BULK_GROUPS}`,
    tenantId: `bulk-tenant-${i % BULK_GROUPS}`,
    createdAt,
    validFrom: createdAt,
    validUntil: new Date(createdAt.getTime() + 3_600_000),
    pstnDialOutEnabled: false,
    updatedAt: createdAt,
    adopted: false,
  };
}

/** The one participant of the `i`th bulk record. */
export function bulkParticipant(i: number): RoomParticipant {
  return { id: `8:acs:bulk-${i % BULK_GROUPS}`, role: 'Attendee' };
}

/**
 * Writes `count` records as the contract's `bulkRecord(i)` and `bulkParticipant(i)` describe them, in one
 * `INSERT … SELECT generate_series` per table. As a bulk load is done: the secondary indexes and foreign keys are set
 * aside and built again afterwards from their own definitions, which is several times faster than keeping them up
 * row by row. The store's migrations must have run (call any store method first).
 */
export async function seedBulkRecords(pool: Pool, schema: string, count: number): Promise<void> {
  const s = `"${schema}"`;
  const rows = `FROM generate_series(0, $1::integer - 1) AS i`;
  const id = `'bulk-' || lpad(i::text, 6, '0')`;
  const user = `'8:acs:bulk-' || (i % ${BULK_GROUPS})`;
  const created = `to_timestamp(${BULK_START / 1000}) + i * interval '1 second'`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const keys = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = $1::regnamespace`,
      [s],
    );
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = $1 AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = $2::regnamespace)`,
      [schema, s],
    );
    for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
    for (const index of indexes.rows) await client.query(`DROP INDEX ${s}."${index.name}"`);
    await client.query(
      `INSERT INTO ${s}.room_records (room_id, organizer_id, tenant_id, subject, subject_folded, created_at, valid_from,
         valid_until, pstn_dial_out_enabled, version, updated_at, adopted)
       SELECT ${id}, 'bulk-organizer-' || (i % ${BULK_GROUPS}), 'bulk-tenant-' || (i % ${BULK_GROUPS}),
         'Bulk room ' || i, 'bulk room ' || i, ${created}, ${created}, ${created} + interval '1 hour', false, 1,
         ${created}, false ${rows}`,
      [count],
    );
    await client.query(
      `INSERT INTO ${s}.room_roster (room_id, user_id, role, position, room_created_at)
       SELECT ${id}, ${user}, 'Attendee', 1, ${created} ${rows}`,
      [count],
    );
    await client.query(
      `INSERT INTO ${s}.room_roster_summaries (room_id, participant_count, first_participants)
       SELECT ${id}, 1, jsonb_build_array(jsonb_build_object('id', ${user}, 'role', 'Attendee')) ${rows}`,
      [count],
    );
    for (const index of indexes.rows) await client.query(index.definition);
    for (const key of keys.rows) {
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    }
    await client.query('COMMIT');
    await client.query(`ANALYZE ${s}.room_records; ANALYZE ${s}.room_roster`);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
