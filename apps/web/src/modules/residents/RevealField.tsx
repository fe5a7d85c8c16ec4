import { revealRequest } from '@linli/shared';
import { MaskedReveal } from '../../ui/reveal/MaskedReveal';
import { useReveal } from './resident-queries';

type Field = 'phone' | 'idNumber';

const WORDS: Record<Field, { buttonText: string; fieldName: string }> = {
  phone: { buttonText: '查看完整号码', fieldName: '手机号' },
  idNumber: { buttonText: '查看完整身份证号', fieldName: '身份证号' },
};

/** A resident's masked phone or ID number with the audited reveal. */
export function RevealField({ residentId, field, masked }: { residentId: string; field: Field; masked: string | null }) {
  const reveal = useReveal(residentId);
  return (
    <MaskedReveal
      masked={masked}
      {...WORDS[field]}
      reasonRule={revealRequest.shape.reason}
      reasonExample="入户走访需电话联系、为居民办理低保复核"
      reveal={{
        isPending: reveal.isPending,
        mutate: (reason, { onSuccess, onError }) => reveal.mutate({ field, reason }, { onSuccess: (r) => onSuccess(r.value), onError }),
      }}
    />
  );
}
