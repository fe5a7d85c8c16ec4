import { missingDossierItems, type AgreementForm, type ConfirmationState, type DisputeFacts, type DisputeState, type Dossier } from '@linli/shared';
import type { DisputeRow } from './mediation.repository';

/** The workflow's facts about a dispute row (consent to an extension is the request's, so false unless the caller says). */
export function disputeFactsOf(row: DisputeRow, partyCount: number, consentingAll = false): DisputeFacts {
  const state = row.state as DisputeState;
  const dossier = row.dossier as Dossier;
  return {
    state,
    partyCount,
    rightsNotified: Boolean(dossier.rightsNotice),
    extended: row.extensionDays !== null,
    consentingAll,
    agreementForm: row.agreementForm as AgreementForm | null,
    agreedAt: row.outcome === 'agreed' ? row.concludedAt : null,
    confirmation: row.confirmation as ConfirmationState,
    followedUp: row.followedUpAt !== null,
    missingDossier: missingDossierItems(state, dossier),
  };
}
