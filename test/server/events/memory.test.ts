/** The in-memory room event log passes the event log contract. */
import { createMemoryRoomEventLog } from '../../../src/server/events/memoryEventLog';
import { eventLogContract } from './eventLogContract';

eventLogContract('memory', {
  open(maxEvents) {
    const log = createMemoryRoomEventLog({ maxEvents });
    return Promise.resolve({
      log,
      // One process holds one memory: a second instance of the server's log is the same log.
      another: () => Promise.resolve(log),
      // Another process (or this one after a restart) starts a log of its own.
      elsewhere: () => Promise.resolve(createMemoryRoomEventLog({ maxEvents })),
    });
  },
});
