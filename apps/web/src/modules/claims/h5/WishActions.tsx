import { WISH_ACTION_LABELS, type WishAction, type WishDetail } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { claimKeys, useClaimWish, useWishAction } from './claims-queries';
import { PhoneActions, type PhoneActionSpec } from './PhoneActions';

/** Actions staff take in the console; the phone pages offer the rest. */
const PHONE_ACTIONS: readonly WishAction[] = ['claim', 'start', 'fulfil', 'confirm', 'sendBack', 'release', 'cancel'];

const WISH_SPEC: PhoneActionSpec<WishAction> = {
  labels: WISH_ACTION_LABELS,
  oneTap: ['claim', 'start'],
  primary: ['claim', 'start', 'fulfil', 'confirm'],
  danger: ['release', 'cancel'],
  submitLabels: { fulfil: '提交圆梦', confirm: '确认并评价', sendBack: '确认退回', release: '确认放弃', cancel: '确认撤销' },
  fieldLabels: {
    release: { reason: '放弃的原因' },
    fulfil: { photos: '圆梦照片', note: '说明' },
    sendBack: { reason: '哪里还不满意？' },
    confirm: { rating: '给认领人打个分', note: '想说的话' },
    cancel: { reason: '撤销的原因' },
  },
  doneMessages: {
    approve: '已发布',
    reject: '已驳回',
    claim: '认领成功，请尽快联系社区',
    start: '已开始办理',
    release: '已放弃认领',
    fulfil: '已提交圆梦照片，等待心愿人确认',
    sendBack: '已退回，认领人会重新办理',
    confirm: '感谢您的评价',
    cancel: '心愿已撤销',
    // The system's step (never offered as a button); listed because every action has a message.
    claimExpired: '认领已失效，心愿重新发布',
  },
};

/**
 * The wish actions the server allows the caller now: 认领 and 开始办理 at one tap, the others
 * through a short form (photos to fulfil, a rating to confirm, a reason to send back). A wish
 * someone else took answers 409 ITEM_TAKEN: its message is shown and the wish and lists reload.
 */
export function WishActions({ wish }: { wish: WishDetail }) {
  const client = useQueryClient();
  const claim = useClaimWish(wish.id);
  const act = useWishAction(wish.id);
  return (
    <PhoneActions
      allowed={wish.allowedActions.filter((a) => PHONE_ACTIONS.includes(a.action))}
      spec={WISH_SPEC}
      ariaLabel="心愿操作"
      pending={claim.isPending || act.isPending}
      onSend={(action, v) => (action === 'claim' ? claim.mutateAsync() : act.mutateAsync({ action, expectedVersion: wish.version, ...v }))}
      onStale={() => void client.invalidateQueries({ queryKey: claimKeys.wishes })}
    />
  );
}
