/** The in-memory record store passes the record store contract. */
import { createMemoryRoomRecordStore } from '../../../src/server/records/memory';
import { bulkParticipant, bulkRecord } from './bulkRecords';
import { recordStoreContract } from './recordStoreContract';

recordStoreContract('memory', {
  open() {
    const store = createMemoryRoomRecordStore();
    return Promise.resolve({
      store,
      // One process holds one memory: a second instance of the server's store is the same store.
      another: () => Promise.resolve(store),
      async seed(count) {
        for (let i = 0; i < count; i++) await store.insert(bulkRecord(i), [bulkParticipant(i)]);
      },
    });
  },
});
