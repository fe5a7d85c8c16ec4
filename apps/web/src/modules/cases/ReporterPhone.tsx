import { revealReporterPhoneRequest } from '@linli/shared';
import { MaskedReveal } from '../../ui/reveal/MaskedReveal';
import { useRevealReporterPhone } from './case-queries';

/** The reporter's phone as staff see it: masked, with the audited reveal so they can call the resident back. */
export function ReporterPhone({ caseId, masked }: { caseId: string; masked: string | null }) {
  const reveal = useRevealReporterPhone(caseId);
  return (
    <MaskedReveal
      masked={masked}
      fieldName="联系电话"
      buttonText="查看完整号码"
      reasonRule={revealReporterPhoneRequest.shape.reason}
      reasonExample="电话联系反映人核实现场情况"
      reveal={{
        isPending: reveal.isPending,
        mutate: (reason, { onSuccess, onError }) => reveal.mutate(reason, { onSuccess: (r) => onSuccess(r.value), onError }),
      }}
    />
  );
}
