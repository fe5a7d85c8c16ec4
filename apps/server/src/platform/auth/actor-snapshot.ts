import type { Actor } from './actor';
import { buildScope } from './data-scope';

/** What a background task keeps of the actor who asked for it: who they were and their posts at that moment. */
export type ActorSnapshot = Pick<Actor, 'userId' | 'username' | 'displayName' | 'residentId' | 'posts'>;

/** The actor as stored with a background task (its scope is rebuilt from the posts, never stored). */
export function snapshotActor(actor: Actor): ActorSnapshot {
  return { userId: actor.userId, username: actor.username, displayName: actor.displayName, residentId: actor.residentId, posts: actor.posts };
}

/**
 * The actor a background task acts as: the requester with the posts they held when they asked, so
 * the task reads what they could read then (a post given later does not widen a running export).
 */
export function actorFromSnapshot(snapshot: ActorSnapshot): Actor {
  const posts = snapshot.posts.map((p) => ({ ...p }));
  return { ...snapshot, posts, hasPassword: true, ip: null, scope: buildScope(posts) };
}
