import { describe, expect, it } from 'vitest';
import { createCommitteeRequest } from './mediation-contracts';
import { committeeProblems, termEndOf, type CommitteeMemberFacts } from './committee-rules';

const woman: CommitteeMemberFacts = { gender: 'female', seat: 'member' };
const man: CommitteeMemberFacts = { gender: 'male', seat: 'member' };
const chair: CommitteeMemberFacts = { gender: 'male', seat: 'chair' };

describe('committee composition (人民调解法 arts. 8–9)', () => {
  it('accepts 3 to 9 members with a woman and one chair', () => {
    expect(committeeProblems([chair, woman, man], '2026-01-01')).toEqual([]);
    expect(committeeProblems([chair, woman, ...Array(7).fill(man)], '2026-01-01')).toEqual([]);
  });

  it('refuses 2 or 10 members, no woman, no or two chairs, each naming members', () => {
    expect(committeeProblems([chair, woman], '2026-01-01')).toEqual([{ field: 'members', message: '调解委员会由3至9名委员组成，现有2名' }]);
    expect(committeeProblems([chair, woman, ...Array(8).fill(man)], '2026-01-01')[0].field).toBe('members');
    expect(committeeProblems([chair, man, man], '2026-01-01')).toEqual([{ field: 'members', message: '调解委员会应当有妇女成员' }]);
    expect(committeeProblems([woman, man, man], '2026-01-01')).toEqual([{ field: 'members', message: '调解委员会设主任一人，现有0人' }]);
    expect(committeeProblems([chair, { gender: 'female', seat: 'chair' }, man], '2026-01-01')[0].message).toContain('现有2人');
  });

  it('holds the term to three years', () => {
    expect(termEndOf('2026-03-15')).toBe('2029-03-15');
    expect(termEndOf('2028-02-29')).toBe('2031-02-28');
    expect(committeeProblems([chair, woman, man], '2026-03-15', '2029-03-15')).toEqual([]);
    expect(committeeProblems([chair, woman, man], '2026-03-15', '2031-03-15')).toEqual([{ field: 'termEndsOn', message: '每届任期三年，应至2029-03-15' }]);
  });

  it('turns a broken rule into a contract issue on its field (the 400 names it)', () => {
    const member = (name: string, gender: 'male' | 'female', seat = 'member') => ({ name, gender, seat });
    const parsed = createCommitteeRequest.safeParse({
      communityId: '00000000-0000-4000-8000-000000000001',
      name: '清泉社区人民调解委员会',
      termStartsOn: '2026-01-01',
      members: [member('张三丰', 'male', 'chair'), member('李四海', 'male')],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['members', 'members']);
  });
});
