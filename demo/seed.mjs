// The clinic the demo opens with: staff and patients with ACS identities, and a few appointments in the clinic's
// zone, each with the title and notes the clinic keeps beside it.
import { TZDate } from '@date-fns/tz';

/** Where the clinic is: its appointments are booked on Berlin's clock, wherever the viewer is. */
const CLINIC_ZONE = 'Europe/Berlin';
const PEOPLE = [
  ['Dr. Amara Okafor', 'General practitioner'],
  ['Dr. Lukas Brandt', 'Cardiologist'],
  ['Sofia Marquez', 'Practice nurse'],
  ['Jonas Weber', 'Medical interpreter'],
  ['Grace Mensah', 'Reception'],
  ['Priya Raman', 'Patient'],
  ['Tomás Álvarez', 'Patient'],
  ['Mei Chen', 'Family member'],
  ['Yusuf Demir', 'Patient'],
  ['Hannah Schulz', 'Patient'],
];

const HOUR = 3_600_000;

/** An instant `daysFromToday` days from today at hour:minute on the clinic's clock. */
function at(daysFromToday, hour, minute = 0) {
  const today = new TZDate(Date.now(), CLINIC_ZONE);
  const wall = new TZDate(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() + daysFromToday,
    hour,
    minute,
    CLINIC_ZONE,
  );
  return new Date(wall.getTime());
}

/** Creates the clinic's people and appointments through the handler's official SDK clients. */
export async function seedClinic(handler) {
  const people = [];
  for (const [name, role] of PEOPLE) people.push(await handler.createUser(name, { secondaryText: role }));
  const id = (i) => ({ communicationUserId: people[i].id });
  const now = new Date();
  const appointments = [
    {
      // Open now, so "join as" works straight away.
      details: {
        subject: 'Video consultation: Priya Raman',
        description: 'Review of blood test results. Mei Chen joins to listen; Jonas Weber interprets.',
        reference: 'APPT-2026-0142',
      },
      validFrom: new Date(now.getTime() - 5 * 60_000),
      validUntil: new Date(now.getTime() + 2 * HOUR),
      participants: [
        { id: id(0), role: 'Presenter' },
        { id: id(5), role: 'Attendee' },
        { id: id(7), role: 'Consumer' },
        { id: id(3), role: 'Collaborator' },
      ],
    },
    {
      details: { subject: 'Cardiology follow-up: Tomás Álvarez', reference: 'APPT-2026-0157' },
      validFrom: at(1, 9),
      validUntil: at(1, 9, 30),
      participants: [
        { id: id(1), role: 'Presenter' },
        { id: id(6), role: 'Attendee' },
      ],
    },
    {
      details: {
        subject: 'Diabetes group session',
        description: 'Yusuf and Hannah share their readings; Sofia Marquez presents the new meal plan.',
      },
      validFrom: at(7, 14),
      validUntil: at(7, 15),
      pstnDialOutEnabled: true,
      participants: [
        { id: id(0), role: 'Presenter' },
        { id: id(2), role: 'Collaborator' },
        { id: id(8), role: 'Attendee' },
        { id: id(9), role: 'Attendee' },
      ],
    },
  ];
  const made = [];
  for (const { details, ...room } of appointments) made.push([await handler.roomsClient.createRoom(room), details]);
  // Made straight in the service, so the handler's record store adopts them (lists read the store); then the clinic
  // gives each the details it keeps beside the room.
  await handler.syncRooms();
  for (const [room, details] of made) {
    await handler.records.update(room.id, () => ({
      write: { ...details, timeZone: CLINIC_ZONE, updatedBy: people[0].id, updatedAt: new Date() },
    }));
  }
  return { people: people.length, rooms: appointments.length, directory: people };
}
