import { ROLE_LABELS, type PostView } from '@linli/shared';

/** "社区工作人员 @ 青秋社区": a post as the header and home page show it. */
export function postLabel(post: Pick<PostView, 'role' | 'nodeName'>): string {
  return `${ROLE_LABELS[post.role]} @ ${post.nodeName}`;
}
