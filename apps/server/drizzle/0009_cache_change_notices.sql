-- Change notices for the per-instance caches (platform/cache/notified-cache.ts): every app instance
-- LISTENs and drops what a committed change made stale, whoever made it (another instance, an
-- import, an operator's SQL). Sent on commit only, so a rolled-back change announces nothing.
--
-- linli_actor_changed: the user ids whose signed-in actor (session, user, posts) changed; '*' when
-- an org node's name or path changed, which every post's node name may show.
CREATE FUNCTION linli_notify_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('linli_actor_changed', OLD.user_id::text);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('linli_actor_changed', NEW.user_id::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION linli_notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('linli_actor_changed', OLD.id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION linli_notify_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('linli_org_changed', '*');
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('linli_actor_changed', '*');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Logout and idle expiry delete sessions; touching last_seen_at changes nothing a cache keeps.
CREATE TRIGGER sessions_notify_actor AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION linli_notify_actor_changed();
--> statement-breakpoint
CREATE TRIGGER posts_notify_actor AFTER INSERT OR UPDATE OR DELETE ON posts FOR EACH ROW EXECUTE FUNCTION linli_notify_actor_changed();
--> statement-breakpoint
-- Failed-login counters and locks are read at login, never from a cache: they send nothing.
CREATE TRIGGER users_notify_actor AFTER UPDATE OF username, display_name, resident_id, password_hash, disabled ON users FOR EACH ROW WHEN ((OLD.username, OLD.display_name, OLD.resident_id, OLD.password_hash, OLD.disabled) IS DISTINCT FROM (NEW.username, NEW.display_name, NEW.resident_id, NEW.password_hash, NEW.disabled)) EXECUTE FUNCTION linli_notify_user_changed();
--> statement-breakpoint
CREATE TRIGGER users_delete_notify_actor AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION linli_notify_user_changed();
--> statement-breakpoint
-- linli_org_changed: '*' after any statement that changed the org tree (rare: imports, demo data).
CREATE TRIGGER org_nodes_notify AFTER INSERT OR UPDATE OR DELETE ON org_nodes FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_org_changed();
