import type { DbOrTx } from '../db/database';
import type { OutboxHandler, OutboxHandlers, OutboxRunHandler } from '../outbox/outbox';
import type { ModuleManifest } from './module-manifest';

type AnyHandler = OutboxHandler | OutboxRunHandler;

async function handleRun(handler: AnyHandler, payloads: Record<string, unknown>[], tx: DbOrTx): Promise<void> {
  if (typeof handler !== 'function') return handler.run(payloads, tx);
  for (const payload of payloads) await handler(payload, tx);
}

/**
 * The outbox handlers of every module, by topic. A topic one module handles keeps its handler as is
 * (run handlers stay batched); a topic several modules react to gets one run handler that calls each
 * in list order inside the message's savepoint, so a failure in any rolls back all and is retried.
 */
export function outboxHandlersOf(manifests: readonly ModuleManifest[]): OutboxHandlers {
  const byTopic = new Map<string, AnyHandler[]>();
  for (const manifest of manifests) {
    for (const [topic, handler] of Object.entries(manifest.outboxHandlers ?? {})) byTopic.set(topic, [...(byTopic.get(topic) ?? []), handler]);
  }
  const handlers: OutboxHandlers = {};
  for (const [topic, list] of byTopic) {
    handlers[topic] =
      list.length === 1
        ? list[0]
        : {
            async run(payloads, tx) {
              for (const handler of list) await handleRun(handler, payloads, tx);
            },
          };
  }
  return handlers;
}
