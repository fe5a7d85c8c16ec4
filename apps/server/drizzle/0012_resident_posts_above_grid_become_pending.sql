-- ADR 0008: the old code login gave every unknown phone a resident post at the district root, a
-- scope over the whole household register. Such posts (a resident post on any node above the grid
-- level) are deleted, so their holders become pending residents who claim an address.
DELETE FROM "posts" USING "org_nodes"
WHERE "posts"."node_id" = "org_nodes"."id"
  AND "posts"."role" = 'resident'
  AND "org_nodes"."kind" NOT IN ('house', 'unit', 'building', 'grid', 'microGrid');
