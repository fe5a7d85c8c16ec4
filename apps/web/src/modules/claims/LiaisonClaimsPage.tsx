import { PageHeader } from '../../ui/PageHeader';
import { ClaimTable } from './ClaimListPage';

/** 我单位的认领: the liaison's unit claims, to start and to complete with notes and photos. */
export function LiaisonClaimsPage() {
  return (
    <>
      <PageHeader title="我单位的认领" description="认领后请「开始办理」；办完「提交完成」并上传现场照片，社区确认后计入共建成效。" />
      <ClaimTable liaison />
    </>
  );
}
