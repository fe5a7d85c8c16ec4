import { HOTLINE_COLUMNS, HOTLINE_ORDER_TYPE_LABELS, HOTLINE_REQUIRED_COLUMNS, type HotlineColumn } from '@linli/shared';
import { ColumnsHelpTable } from '../../../ui/excel-import/ColumnsHelpTable';

const NOTES: Record<HotlineColumn, string> = {
  工单编号: '热线平台的工单号；同一编号重复导入会标为“重复”，不会重复建单',
  来电时间: '北京时间，如 2026-03-05 09:30，也可以是 Excel 日期格式；决定工单计入哪个月的排名',
  来电人: '来电人姓名',
  联系电话: '手机或座机号；加密保存，列表中只显示部分号码',
  诉求类型: `${Object.values(HOTLINE_ORDER_TYPE_LABELS).slice(0, -1).join(' / ')}；其他内容按“其他”计`,
  诉求标题: '简短标题；不填时从诉求内容中截取',
  诉求内容: '来电人反映的内容，至少 5 个字；系统据此推荐案件类别',
  所属街道: '街道名称；只有两个社区重名时才需要',
  所属社区: '社区名称，如“清泉社区”（“社区”“居委会”可省略）；只能导入您管辖范围内的社区',
  小区名称: '按名称匹配小区，不填时从详细地址中识别；匹配不到小区的工单不参加小区排名',
  详细地址: '地址中写明“3号楼”等楼栋时，案件会定位到该楼栋',
  承办单位: '热线派单的承办单位',
  办理时限: '如“5”或“5个工作日”（按工作日计），“7个自然日”按自然日计',
};

/** The 12345 work-order columns in template order, with what goes in each. */
export function HotlineColumnsHelp() {
  return <ColumnsHelpTable columns={HOTLINE_COLUMNS.map((name) => ({ name, required: HOTLINE_REQUIRED_COLUMNS.includes(name), note: NOTES[name] }))} />;
}
