import type { Db } from '../../../platform/db/database';
import { hashPassword } from '../../../platform/crypto/passwords';
import { newId } from '../../../platform/ids';
import { findAccountByUsername, insertAccount, insertPosts } from '../../auth';
import { queryNode } from '../../org';
import { appendEvent } from '../claims.repository';
import { memberRegistrations, partnerUnits } from '../claims.tables';

/** In-service party members who asked to register and wait for the community (双报到审核). */
const PENDING = [
  {
    username: 'member21',
    displayName: '韩立伟',
    communityCode: '370403001001',
    unitName: '区税务局',
    profession: '税务专员',
    skills: ['政策宣讲', '个税申报'],
    daysAgo: 2,
  },
  {
    username: 'member22',
    displayName: '唐静怡',
    communityCode: '370403001003',
    unitName: '区妇幼保健院',
    profession: '护士',
    skills: ['健康义诊', '育儿指导'],
    daysAgo: 1,
  },
] as const;

/**
 * Adds two pending dual registrations (`member21` in 清泉社区, `member22` in 龙潭社区, demo password,
 * a resident post in their community) so 双报到审核 has work on first start. Does nothing when
 * `member21` exists or the claims demo has not run, so it is safe to call on every start.
 */
export async function generateDemoPendingRegistrations(db: Db, options: { demoPassword: string; now?: Date }): Promise<{ pending: number }> {
  if (await findAccountByUsername(db, PENDING[0].username)) return { pending: 0 };
  if (!(await db.select({ id: partnerUnits.id }).from(partnerUnits).limit(1)).length) return { pending: 0 };
  const now = options.now ?? new Date();
  const hash = await hashPassword(options.demoPassword);
  let pending = 0;
  await db.transaction(async (tx) => {
    for (const p of PENDING) {
      const community = await queryNode(tx, { code: p.communityCode });
      if (!community) continue;
      // They live there (a resident post on a house); approval later adds the party-member post.
      const house = await queryNode(tx, { kinds: ['house'], under: community.path }, 'path');
      const at = new Date(now.getTime() - p.daysAgo * 86_400_000);
      const userId = newId(at);
      await insertAccount(tx, { id: userId, username: p.username, displayName: p.displayName, passwordHash: hash });
      if (house) await insertPosts(tx, [{ id: newId(at), userId, role: 'resident', nodeId: house.id, nodePath: house.path }]);
      const id = newId(at);
      await tx.insert(memberRegistrations).values({
        id,
        userId,
        communityId: community.id,
        path: community.path,
        unitName: p.unitName,
        profession: p.profession,
        skills: [...p.skills],
        state: 'pending',
        requestedAt: at,
      });
      await appendEvent(tx, {
        subjectKind: 'registration',
        subjectId: id,
        action: 'request',
        fromState: null,
        toState: 'pending',
        actor: { userId, displayName: p.displayName },
        at,
        path: community.path,
      });
      pending++;
    }
  });
  return { pending };
}
