// The clinic the demo opens with: staff and patients with ACS identities, and a few appointments.
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

function at(daysFromToday, hour, minute = 0) {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  d.setHours(hour, minute, 0, 0);
  return d;
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
      validFrom: at(1, 9),
      validUntil: at(1, 9, 30),
      participants: [
        { id: id(1), role: 'Presenter' },
        { id: id(6), role: 'Attendee' },
      ],
    },
    {
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
  for (const a of appointments) await handler.roomsClient.createRoom(a);
  // Made straight in the service, so the handler's record store adopts them (lists read the store).
  await handler.syncRooms();
  return { people: people.length, rooms: appointments.length };
}
