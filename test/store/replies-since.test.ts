// What an instance of the built-in Direct Line reads to catch a conversation up: the turns stored since a time, but
// for those it holds, oldest first, with the id of the activity each answered.
import { expect, it } from 'vitest';
import { describeEachStore } from './each-store.js';

const row = (key: string, activityId: string, at: string, text: string) =>
  `insert into processed_activities (conversation_key, activity_id, replies, created_at) values ('${key}', '${activityId}', '${JSON.stringify([{ type: 'message', text }])}', '${at}')`;

describeEachStore('replies stored since', (opened) => {
  it('lists the turns at or after the time, but the held ones and other conversations, oldest first', async () => {
    const { store, database } = opened();
    await database.exec(row('directline:c1', 'c1|start', '2026-12-02T10:00:00.000Z', 'Welcome'));
    await database.exec(row('directline:c1', 'c1|200', '2026-12-02T10:00:02.000Z', 'Second'));
    await database.exec(row('directline:c1', 'c1|100', '2026-12-02T10:00:01.000Z', 'First'));
    await database.exec(row('directline:c2', 'c2|150', '2026-12-02T10:00:01.500Z', 'Elsewhere'));

    const since = await store.repliesSince('directline:c1', '2026-12-02T10:00:00.000Z', ['c1|start']);
    expect(since).toEqual([
      { activityId: 'c1|100', at: '2026-12-02T10:00:01.000Z', activities: [{ type: 'message', text: 'First' }] },
      { activityId: 'c1|200', at: '2026-12-02T10:00:02.000Z', activities: [{ type: 'message', text: 'Second' }] },
    ]);
    expect(await store.repliesSince('directline:c1', '2026-12-02T10:00:01.500Z', [])).toHaveLength(1);
    expect(
      await store.repliesSince('directline:c1', '2026-12-02T10:00:00.000Z', ['c1|start', 'c1|100', 'c1|200']),
    ).toEqual([]);
    expect((await store.repliesOf('directline:c1')).map((turn) => turn.activityId)).toEqual([
      'c1|start',
      'c1|100',
      'c1|200',
    ]);
  });
});
