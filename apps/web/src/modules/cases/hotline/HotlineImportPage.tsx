import { ExcelImportPanel, type ExcelImportCopy } from '../../../ui/excel-import/ExcelImportPanel';
import { HotlineColumnsHelp } from './HotlineColumnsHelp';
import { HotlineImportReportView } from './HotlineImportReportView';
import { HOTLINE_TEMPLATE_PATH, useImportHotline } from './hotline-queries';

const COPY: ExcelImportCopy = {
  title: '12345工单导入',
  description: '把12345热线派来的工单导出表一次导入：每张工单按社区、小区和楼栋建成案件进入办理流程，并计入每月投诉小区排名。',
  templatePath: HOTLINE_TEMPLATE_PATH,
  templateFileName: '12345工单导入模板.xlsx',
  helpLabel: '工单表各列怎么填（按列名识别，列的顺序可以不同，多余的列会被忽略）',
  dropText: '点击或把12345工单表拖到这里上传',
  dropHint: '只支持 .xlsx，第一行为列名；必须有 工单编号、来电时间、诉求内容、所属社区 四列',
  wrongType: '请上传 .xlsx 格式的工单表（可先下载模板，或从热线平台导出为 .xlsx）',
  tooLarge: '文件超过 10MB，请按月份拆分后分批上传',
  processing: '上传完成，正在逐行识别社区、小区和类别并建单，请稍候…',
};

/** 12345工单导入: download the template, upload the hotline's work-order export and read the per-row report. */
export function HotlineImportPage() {
  return (
    <ExcelImportPanel
      copy={COPY}
      help={<HotlineColumnsHelp />}
      upload={useImportHotline()}
      successMessage={(report) => `导入完成：建单 ${report.created} 张，重复 ${report.duplicate} 张，未导入 ${report.rejected} 行`}
      renderReport={(report) => <HotlineImportReportView report={report} />}
    />
  );
}
