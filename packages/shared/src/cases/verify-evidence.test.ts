import { describe, expect, it } from 'vitest';
import { verifyEvidenceFor } from './verify-evidence';

describe('what 核实 must bring', () => {
  it('asks a note always, and a photo too for 部件', () => {
    expect(verifyEvidenceFor('component')).toEqual(['note', 'photos']);
    for (const kind of ['event', 'livelihood', 'governance', null, undefined] as const) expect(verifyEvidenceFor(kind)).toEqual(['note']);
  });
});
