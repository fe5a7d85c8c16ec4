import { readOf, writeOf } from '../access/access-of';
import { idParams, pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { createPostRequest, createUserRequest, listUsersQuery, updateUserRequest, userPostParams, userView } from './contracts';

const tag = 'users';

/** The users module's endpoints (system admins): accounts and the posts they hold. */
export const usersEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/api/users', tag, access: readOf('user'), query: listUsersQuery, response: pageOf(userView) }),
  create: defineEndpoint({ method: 'POST', path: '/api/users', tag, access: writeOf('user'), body: createUserRequest, response: userView }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/api/users/:id',
    tag,
    access: writeOf('user'),
    params: idParams,
    body: updateUserRequest,
    response: userView,
  }),
  addPost: defineEndpoint({
    method: 'POST',
    path: '/api/users/:id/posts',
    tag,
    access: writeOf('user'),
    params: idParams,
    body: createPostRequest,
    response: userView,
  }),
  removePost: defineEndpoint({
    method: 'DELETE',
    path: '/api/users/:id/posts/:postId',
    tag,
    access: writeOf('user'),
    params: userPostParams,
    response: userView,
  }),
};
