import { LEDGER_COLUMNS, RELATION_LABELS, SPECIAL_TAG_LABELS } from '@linli/shared';
import { ColumnsHelpTable } from '../../../ui/excel-import/ColumnsHelpTable';

type Column = (typeof LEDGER_COLUMNS)[number];

const HELP: Record<Column, { required: boolean; note: string }> = {
  网格编码: { required: true, note: '住户所在网格的编码（15位），可在「区域与网格」中查到；只能导入您管辖范围内的网格' },
  小区: { required: false, note: '小区名称，如“青秋家园”；没有小区的散居楼可不填' },
  楼栋: { required: true, note: '如“3号楼”' },
  单元: { required: true, note: '如“1单元”' },
  房号: { required: true, note: '数字，如“301”' },
  姓名: { required: true, note: '与身份证一致' },
  性别: { required: false, note: '男 或 女；不填时按身份证号识别，填写的须与身份证号一致' },
  身份证号: { required: true, note: '18位居民身份证号，校验位不对的行不会导入' },
  手机号: { required: false, note: '11位手机号；居民可用它接收验证码登录' },
  与户主关系: { required: false, note: `${Object.values(RELATION_LABELS).join('、')}；不填按“其他”登记` },
  特殊人群: { required: false, note: `可填多项，用顿号或逗号分隔：${Object.values(SPECIAL_TAG_LABELS).join('、')}` },
};

/** The ledger (一张表) columns in template order, with what goes in each. */
export function LedgerColumnsHelp() {
  return <ColumnsHelpTable columns={LEDGER_COLUMNS.map((name) => ({ name, ...HELP[name] }))} />;
}
