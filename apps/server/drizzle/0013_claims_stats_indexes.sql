CREATE INDEX "org_nodes_kind_path_idx" ON "org_nodes" USING btree ("kind","path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "claim_events_actor_at_idx" ON "claim_events" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "claim_events_claim_at_idx" ON "claim_events" USING btree ("claim_id","at");--> statement-breakpoint
CREATE INDEX "claims_claimant_unit_idx" ON "claims" USING btree ("claimant_unit_id");