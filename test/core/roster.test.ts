import { describe, expect, it } from 'vitest';
import { makeUserId } from '../../src/adapter/inMemory';
import type { RoomParticipant } from '../../src/adapter/types';
import {
  applyRosterChanges,
  placeOf,
  rosterPlaces,
  countRoles,
  diffRoster,
  exceedsInteractiveLimit,
  filterRoster,
  foldRosterText,
  interactiveCount,
  interactiveCountOf,
  isRosterDiffEmpty,
  matchesRosterText,
  rosterMatcher,
  parseBulkRoster,
  parseBulkRosterAsync,
  planRosterSave,
  rankByName,
  rosterDiffSize,
  rosterSearchText,
  sortRoster,
} from '../../src/core/roster';
import { INTERACTIVE_PARTICIPANT_LIMIT, type RoomRole } from '../../src/core/roles';

const id = (n: number) => makeUserId(n, 42);
const p = (n: number, role: RoomRole = 'Attendee'): RoomParticipant => ({ id: id(n), role });

describe('diffRoster', () => {
  it('finds added, removed and role-changed participants, in roster order', () => {
    const before = [p(1, 'Presenter'), p(2), p(3), p(4, 'Consumer')];
    const after = [p(5, 'Consumer'), p(2, 'Collaborator'), p(4, 'Consumer'), p(6)];
    expect(diffRoster(before, after)).toEqual({
      added: [p(5, 'Consumer'), p(6)],
      removed: [p(1, 'Presenter'), p(3)],
      roleChanged: [{ id: id(2), from: 'Attendee', to: 'Collaborator' }],
    });
  });

  it('reports nothing for the same roster in a different order', () => {
    const diff = diffRoster([p(1), p(2, 'Presenter')], [p(2, 'Presenter'), p(1)]);
    expect(isRosterDiffEmpty(diff)).toBe(true);
    expect(rosterDiffSize(diff)).toBe(0);
  });

  it('takes the last role of a repeated id, as the service does', () => {
    const diff = diffRoster([p(1)], [p(1, 'Presenter'), p(1, 'Consumer')]);
    expect(diff.roleChanged).toEqual([{ id: id(1), from: 'Attendee', to: 'Consumer' }]);
    expect(diff.added).toEqual([]);
  });

  it('diffs role changes of a roster in the same order, repeated ids counting with their last role', () => {
    const before = [p(1), p(2), p(1, 'Consumer'), p(3)];
    const after = [p(1, 'Presenter'), p(2, 'Collaborator'), p(1, 'Consumer'), p(3)];
    // id(1) ends as Consumer in both; only id(2) changed.
    expect(diffRoster(before, after)).toEqual({
      added: [],
      removed: [],
      roleChanged: [{ id: id(2), from: 'Attendee', to: 'Collaborator' }],
    });
    const many = Array.from({ length: 200 }, (_, i) => p(i));
    const allChanged = many.map((x) => ({ ...x, role: 'Consumer' as const }));
    expect(diffRoster(many, allChanged).roleChanged).toHaveLength(200);
  });

  it('counts every kind of change in its size', () => {
    expect(rosterDiffSize(diffRoster([p(1), p(2)], [p(2, 'Consumer'), p(3)]))).toBe(3);
  });
});

describe('planRosterSave', () => {
  it('sends adds and role changes in one upsert and removals in one removal', () => {
    const before = [p(1, 'Presenter'), p(2), p(3)];
    const after = [p(2, 'Consumer'), p(3), p(4), p(5, 'Presenter')];
    expect(planRosterSave(diffRoster(before, after))).toEqual({
      upserts: [
        { id: id(4), role: 'Attendee' },
        { id: id(5), role: 'Presenter' },
        { id: id(2), role: 'Consumer' },
      ],
      removals: [id(1)],
    });
  });

  it('plans no call for an empty diff', () => {
    expect(planRosterSave(diffRoster([p(1)], [p(1)]))).toEqual({ upserts: [], removals: [] });
  });

  it('plans 2 calls for 200 adds, 100 role changes and 50 removals, and applying them gives the draft', () => {
    const before = Array.from({ length: 300 }, (_, i) => p(i));
    const after = [
      ...before.slice(0, 100).map((x) => ({ ...x, role: 'Consumer' as const })),
      ...before.slice(100, 250),
      ...Array.from({ length: 200 }, (_, i) => p(1000 + i, 'Presenter')),
    ];
    const diff = diffRoster(before, after);
    expect([diff.added.length, diff.roleChanged.length, diff.removed.length]).toEqual([200, 100, 50]);
    const plan = planRosterSave(diff);
    expect(plan.upserts).toHaveLength(300);
    expect(plan.removals).toHaveLength(50);
    const applied = applyRosterChanges(before, plan);
    expect(isRosterDiffEmpty(diffRoster(applied, after))).toBe(true);
  });
});

describe('applyRosterChanges', () => {
  it('changes roles in place, appends newcomers, removes, and ignores absent removals', () => {
    const roster = [p(1), p(2), p(3)];
    const next = applyRosterChanges(roster, {
      upserts: [{ id: id(4) }, { id: id(2), role: 'Presenter' }],
      removals: [id(3), id(99)],
    });
    expect(next).toEqual([p(1), p(2, 'Presenter'), p(4)]);
    expect(next[0]).toBe(roster[0]);
    expect(roster).toEqual([p(1), p(2), p(3)]);
  });
});

describe('parseBulkRoster', () => {
  it('reads one id per line with the default role', () => {
    const result = parseBulkRoster(`${id(1)}\n${id(2)}\n`, { defaultRole: 'Consumer' });
    expect(result.participants).toEqual([p(1, 'Consumer'), p(2, 'Consumer')]);
    expect(result.rows.map((r) => [r.line, r.status])).toEqual([
      [1, 'added'],
      [2, 'added'],
    ]);
    expect(result.header).toBe(false);
    expect(result.delimiter).toBeUndefined();
  });

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('reads id and role separated by a %s', (_name, sep) => {
    const result = parseBulkRoster(`${id(1)}${sep}Presenter\n${id(2)}${sep}consumer\n${id(3)}`);
    expect(result.participants).toEqual([p(1, 'Presenter'), p(2, 'Consumer'), p(3)]);
    expect(result.delimiter).toBe(sep);
  });

  it('splits each row at the separator it uses, when rows of one list use different ones', () => {
    const text = [
      'id,role',
      `${id(1)},Presenter`,
      'hello world;Attendee',
      `${id(2)}\tConsumer`,
      `${id(3)};collaborator`,
    ];
    const result = parseBulkRoster(text.join('\n'));
    expect(result.rows).toEqual([
      { line: 2, id: id(1), roleText: 'Presenter', role: 'Presenter', status: 'added' },
      { line: 3, id: 'hello world', roleText: 'Attendee', status: 'invalidIdentifier' },
      { line: 4, id: id(2), roleText: 'Consumer', role: 'Consumer', status: 'added' },
      { line: 5, id: id(3), roleText: 'collaborator', role: 'Collaborator', status: 'added' },
    ]);
    // A bare phone number is read as one, as the people picker reads it.
    expect(parseBulkRoster('+14255550123;Attendee').rows[0]).toMatchObject({
      id: '+14255550123',
      roleText: 'Attendee',
      status: 'notCommunicationUser',
      identifierKind: 'phoneNumber',
    });
    // A separator inside quotes still belongs to the field.
    expect(parseBulkRoster(`${id(1)},Presenter\n"a;b"`).rows[1]).toMatchObject({
      id: 'a;b',
      status: 'invalidIdentifier',
    });
  });

  it('reads roles in any case and with spaces around', () => {
    const result = parseBulkRoster(`${id(1)}, PRESENTER \n${id(2)},collaborator\n${id(3)},AtTeNdEe`);
    expect(result.participants.map((x) => x.role)).toEqual(['Presenter', 'Collaborator', 'Attendee']);
  });

  it('accepts role names in another language when given as aliases', () => {
    const result = parseBulkRoster(`${id(1)};zuschauer\n${id(2)};Moderator`, {
      roleAliases: { Zuschauer: 'Consumer' },
    });
    expect(result.participants).toEqual([p(1, 'Consumer')]);
    expect(result.rows[1]?.status).toBe('unknownRole');
  });

  it('skips a header row, also with the columns the other way round', () => {
    const plain = parseBulkRoster(`id,role\n${id(1)},Presenter`);
    expect(plain.header).toBe(true);
    expect(plain.participants).toEqual([p(1, 'Presenter')]);
    expect(plain.rows[0]?.line).toBe(2);

    const swapped = parseBulkRoster(`Role;Participant ID\nConsumer;${id(1)}\n;${id(2)}`);
    expect(swapped.header).toBe(true);
    expect(swapped.participants).toEqual([p(1, 'Consumer'), p(2)]);
  });

  it('reads quoted CSV fields, with separators and line breaks inside quotes, and counts lines as an editor does', () => {
    const text = [
      'Identifier,Role,Note',
      `"${id(1)}","Presenter","Dr. Ada, cardiology"`,
      '',
      `"${id(2)}",Consumer,"two`,
      `lines"`,
      `${id(3)}`,
    ].join('\r\n');
    const result = parseBulkRoster(text);
    expect(result.participants).toEqual([p(1, 'Presenter'), p(2, 'Consumer'), p(3)]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it('strips the byte-order mark a spreadsheet puts in front of the file', () => {
    expect(parseBulkRoster(`\uFEFF${id(1)},Presenter`).participants).toEqual([p(1, 'Presenter')]);
  });

  it('reports every kind of bad row by line, and keeps every good one', () => {
    const text = [
      id(1), // 1 added
      'not an id', // 2 invalid
      '4:+14255550123', // 3 phone number
      `${id(2)},Host`, // 4 unknown role
      id(1), // 5 duplicate of line 1
      id(7), // 6 already on the roster
      '', // 7 blank
      `${id(3)},presenter`, // 8 added
    ].join('\n');
    const result = parseBulkRoster(text, { existing: new Set([id(7)]) });
    expect(result.rows.map((r) => [r.line, r.status])).toEqual([
      [1, 'added'],
      [2, 'invalidIdentifier'],
      [3, 'notCommunicationUser'],
      [4, 'unknownRole'],
      [5, 'duplicate'],
      [6, 'duplicate'],
      [8, 'added'],
    ]);
    expect(result.rows[3]?.roleText).toBe('Host');
    expect(result.rows[4]).toMatchObject({ duplicateOf: 'list', firstLine: 1 });
    expect(result.rows[5]).toMatchObject({ duplicateOf: 'roster' });
    expect(result.participants).toEqual([p(1), p(3, 'Presenter')]);
    expect(result.counts).toEqual({
      added: 2,
      invalidIdentifier: 1,
      notCommunicationUser: 1,
      duplicate: 2,
      unknownRole: 1,
    });
  });

  it('adds a valid id that appears again after a row of it with an unknown role', () => {
    const result = parseBulkRoster(`${id(1)},Boss\n${id(1)},Consumer`);
    expect(result.participants).toEqual([p(1, 'Consumer')]);
  });

  it('adds exactly the 950 good rows of a 1,000-line paste with 50 bad rows and reports the 50 by line', () => {
    const lines: string[] = [];
    const badLines: number[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 20 === 7) {
        badLines.push(i + 1);
        const kind = ((i / 20) % 4) | 0;
        lines.push(kind === 0 ? `bogus-${i}` : kind === 1 ? `${id(i)},Boss` : kind === 2 ? id(0) : `4:+1425555${i}`);
      } else lines.push(i % 3 === 0 ? `${id(i)};Consumer` : id(i));
    }
    const result = parseBulkRoster(lines.join('\n'), { existing: new Set() });
    expect(result.participants).toHaveLength(950);
    expect(result.counts.added).toBe(950);
    const bad = result.rows.filter((r) => r.status !== 'added');
    expect(bad.map((r) => r.line)).toEqual(badLines);
    expect(new Set(result.participants.map((x) => x.id)).size).toBe(950);
  });

  it('caps a huge list and says how many rows there were', () => {
    const text = Array.from({ length: 120 }, (_, i) => id(i)).join('\n');
    const result = parseBulkRoster(text, { maxRows: 100 });
    expect(result.rows).toHaveLength(100);
    expect(result.participants).toHaveLength(100);
    expect(result.truncated).toEqual({ totalRows: 120, readRows: 100 });
    expect(parseBulkRoster(text).truncated).toBeUndefined();
  });

  it('gives the same result in slices, with quoted line breaks across slice ends', async () => {
    const lines = ['participant;role'];
    for (let i = 0; i < 120; i++) {
      if (i % 9 === 0) lines.push(`"${id(i)}";"Con`, `sumer"`);
      else if (i % 11 === 0) lines.push('', `bad ${i}`);
      else lines.push(`${id(i % 100)};${i % 2 ? 'presenter' : ''}`);
    }
    const text = lines.join('\n');
    const progress: number[] = [];
    const sliced = await parseBulkRosterAsync(text, { chunkLines: 7, onProgress: (n) => progress.push(n) });
    expect(sliced).toEqual(parseBulkRoster(text));
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(lines.length);
  });

  it('stops a sliced read when asked, and caps it like the synchronous one', async () => {
    const text = Array.from({ length: 300 }, (_, i) => id(i)).join('\n');
    const controller = new AbortController();
    const reading = parseBulkRosterAsync(text, { chunkLines: 10, signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toThrow();
    const capped = await parseBulkRosterAsync(text, { chunkLines: 50, maxRows: 120 });
    expect(capped.rows).toHaveLength(120);
    expect(capped.truncated).toEqual({ totalRows: 300, readRows: 120 });
  });

  it('returns nothing for blank text', () => {
    const result = parseBulkRoster('  \n\n \t\n');
    expect(result.rows).toEqual([]);
    expect(result.participants).toEqual([]);
  });
});

describe('counts and limits', () => {
  it('counts roles and interactive participants (everyone but Consumers)', () => {
    const roster = [p(1, 'Presenter'), p(2, 'Collaborator'), p(3), p(4, 'Consumer'), p(5, 'Consumer')];
    const counts = countRoles(roster);
    expect(counts).toEqual({ Presenter: 1, Collaborator: 1, Attendee: 1, Consumer: 2 });
    expect(interactiveCount(roster)).toBe(3);
    expect(interactiveCountOf(counts)).toBe(3);
  });

  it('warns only past the service limit of 350 interactive participants', () => {
    const at = Array.from({ length: INTERACTIVE_PARTICIPANT_LIMIT }, (_, i) => p(i));
    expect(exceedsInteractiveLimit(at)).toBe(false);
    expect(exceedsInteractiveLimit([...at, p(999, 'Consumer')])).toBe(false);
    expect(exceedsInteractiveLimit([...at, p(999, 'Collaborator')])).toBe(true);
    expect(exceedsInteractiveLimit([p(1), p(2)], 1)).toBe(true);
  });
});

describe('filtering and sorting', () => {
  const names = new Map([
    [id(1), 'Zoë Müller'],
    [id(2), 'Łukasz Wiśniewski'],
    [id(3), 'amara Okafor'],
    [id(4), 'José Álvarez'],
  ]);
  const nameOf = (x: string) => names.get(x);
  const roster = [p(1, 'Consumer'), p(2, 'Presenter'), p(3), p(4, 'Presenter'), p(5)];

  it('folds case and accents', () => {
    expect(foldRosterText('Łukasz ZOË Ærø')).toBe('lukasz zoe aero');
  });

  it('filters by name, id and role, ignoring accents and case, every word must match', () => {
    expect(filterRoster(roster, { text: 'jose' }, { nameOf }).map((x) => x.id)).toEqual([id(4)]);
    expect(filterRoster(roster, { text: 'LUKASZ wis' }, { nameOf }).map((x) => x.id)).toEqual([id(2)]);
    expect(filterRoster(roster, { text: id(5).slice(-12) }, { nameOf }).map((x) => x.id)).toEqual([id(5)]);
    expect(filterRoster(roster, { role: 'Presenter' }, { nameOf }).map((x) => x.id)).toEqual([id(2), id(4)]);
    expect(filterRoster(roster, { text: 'z', role: 'Presenter' }, { nameOf }).map((x) => x.id)).toEqual([id(2), id(4)]);
    expect(filterRoster(roster, { text: '  ' }, { nameOf })).toHaveLength(5);
    expect(filterRoster(roster, { text: 'cardio' }, { nameOf, extraTextOf: () => 'Cardiology' })).toHaveLength(5);
  });

  it('matches precomputed search text the same way', () => {
    const text = rosterSearchText(id(1), 'Zoë Müller', 'Dietitian');
    expect(matchesRosterText(text, 'zoe diet')).toBe(true);
    expect(matchesRosterText(text, 'zoe nurse')).toBe(false);
  });

  it('gives the same test as filterRoster for rows kept in another shape, and none for an empty filter', () => {
    expect(rosterMatcher({ text: '  ' })).toBeUndefined();
    const matches = rosterMatcher({ text: 'ZOE', role: 'Presenter' });
    const text = rosterSearchText(id(1), 'Zoë Müller');
    expect(matches?.(text, 'Presenter')).toBe(true);
    expect(matches?.(text, 'Attendee')).toBe(false);
    expect(matches?.(rosterSearchText(id(2), 'Ana Souza'), 'Presenter')).toBe(false);
    // With the texts kept by the caller, the names are not asked for again; the order is kept.
    const asked: string[] = [];
    const texts = roster.map((x) => rosterSearchText(x.id, names.get(x.id)));
    const kept = filterRoster(roster, { text: 'jose' }, { nameOf: (x) => (asked.push(x), 'Jose'), searchTexts: texts });
    expect(kept.map((x) => x.id)).toEqual([id(4)]);
    expect(asked).toEqual([]);
    expect(filterRoster(roster, {})).toBe(roster);
  });

  it('sorts by name in the locale collation, unnamed last by id, and both directions', () => {
    const ranks = rankByName(
      roster.map((x) => x.id),
      nameOf,
      'en',
    );
    expect(sortRoster(roster, { by: 'name' }, ranks).map((x) => names.get(x.id) ?? 'unnamed')).toEqual([
      'amara Okafor',
      'José Álvarez',
      'Łukasz Wiśniewski',
      'Zoë Müller',
      'unnamed',
    ]);
    expect(
      sortRoster(roster, { by: 'name', direction: 'descending' }, ranks).map((x) => names.get(x.id) ?? 'unnamed'),
    ).toEqual(['unnamed', 'Zoë Müller', 'Łukasz Wiśniewski', 'José Álvarez', 'amara Okafor']);
  });

  it('keeps the roster order for people with the same name or no name at all', () => {
    const same = new Map([
      [id(10), 'Kim'],
      [id(11), 'Kim'],
      [id(12), 'Abe'],
    ]);
    const list = [p(10), p(13), p(11), p(12), p(14)];
    const ranks = rankByName(
      list.map((x) => x.id),
      (x) => same.get(x),
      'en',
    );
    const order = sortRoster(list, { by: 'name' }, ranks).map((x) => x.id);
    expect(order.slice(0, 3)).toEqual([id(12), id(10), id(11)]);
    expect(order.slice(3).sort()).toEqual([id(13), id(14)].sort());
    // Ids the ranks do not know at all go last, in roster order.
    expect(sortRoster([p(20), p(12), p(21)], { by: 'name' }, ranks).map((x) => x.id)).toEqual([id(12), id(20), id(21)]);
  });

  it('sorts by role, most capable first, then by name', () => {
    const ranks = rankByName(
      roster.map((x) => x.id),
      nameOf,
      'en',
    );
    expect(sortRoster(roster, { by: 'role' }, ranks).map((x) => x.id)).toEqual([id(4), id(2), id(3), id(5), id(1)]);
    expect(sortRoster(roster, { by: 'role', direction: 'descending' }, ranks).map((x) => x.id)).toEqual([
      id(1),
      id(3),
      id(5),
      id(4),
      id(2),
    ]);
  });
});

describe('rosterPlaces and applyRosterChanges with places', () => {
  const roster: RoomParticipant[] = Array.from({ length: 50 }, (_, i) => ({
    id: makeUserId(i),
    role: i % 3 === 0 ? 'Presenter' : 'Attendee',
  }));

  it('knows where each id sits, and gives up on a roster that repeats an id', () => {
    const places = rosterPlaces(roster.map((p) => p.id));
    expect(placeOf(roster, makeUserId(17), places)).toBe(17);
    expect(placeOf(roster, 'nobody', places)).toBeUndefined();
    expect(rosterPlaces([makeUserId(1), makeUserId(2), makeUserId(1)])).toBeUndefined();
  });

  it('changes the same rows with places as without, also when the places are of another roster', () => {
    const places = rosterPlaces(roster.map((p) => p.id));
    // Another roster: one row removed near the start, so most places point one row off.
    const shifted = roster.filter((_, i) => i !== 3);
    const changes = {
      upserts: [
        { id: makeUserId(10), role: 'Consumer' as const },
        { id: makeUserId(40), role: 'Collaborator' as const },
        { id: makeUserId(99), role: 'Attendee' as const },
      ],
    };
    for (const target of [roster, shifted]) {
      expect(applyRosterChanges(target, changes, places)).toEqual(applyRosterChanges(target, changes));
    }
    // A row left as it was keeps its object.
    const next = applyRosterChanges(roster, changes, places);
    expect(next[0]).toBe(roster[0]);
    expect(next[10]).toEqual({ id: makeUserId(10), role: 'Consumer' });
    expect(next.at(-1)).toEqual({ id: makeUserId(99), role: 'Attendee' });
  });
});
