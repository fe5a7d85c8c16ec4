import { CLAIM_ACTION_LABELS, type ClaimAction, type ClaimActionRequest, type ClaimView } from '@linli/shared';
import { actionRequest } from './action-form';
import { useClaimAction } from './need-queries';
import { WorkflowActions } from './WorkflowActions';

type StaffAction = Exclude<ClaimAction, 'expire'>;
const DANGER: readonly StaffAction[] = ['sendBack', 'release'];
const ORDER: readonly StaffAction[] = ['start', 'complete', 'confirm', 'sendBack', 'release'];
const LABELS: Record<StaffAction, string> = CLAIM_ACTION_LABELS;

/** The actions the caller may take on a need's claim (start, complete with photos, confirm with a rating, send back, release). */
export function ClaimActions({ claim, size, none, onDone }: { claim: ClaimView; size?: 'small' | 'middle'; none?: string; onDone?: () => void }) {
  const act = useClaimAction();
  const allowed = claim.allowedActions
    .filter((a): a is typeof a & { action: StaffAction } => a.action !== 'expire')
    .sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
  return (
    <WorkflowActions
      allowed={allowed}
      labels={LABELS}
      danger={DANGER}
      size={size}
      none={none}
      ariaLabel={`认领操作：${claim.itemTitle}`}
      subject={claim.itemTitle}
      onAct={async (spec, values) => {
        await act.mutateAsync({ claimId: claim.id, body: actionRequest(spec, claim.version, values) as ClaimActionRequest });
        onDone?.();
      }}
      onStale={onDone}
    />
  );
}
