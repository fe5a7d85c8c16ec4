import { ExcelImportPanel, type ExcelImportCopy } from '../../../ui/excel-import/ExcelImportPanel';
import { ImportReportView } from './ImportReportView';
import { TEMPLATE_PATH, useImportLedger } from './import-queries';
import { LedgerColumnsHelp } from './LedgerColumnsHelp';

const COPY: ExcelImportCopy = {
  title: '一张表导入',
  description: '把住户台账（一张表）一次导入系统：按房屋建户、按身份证号识别居民，已登记的居民会更新而不会重复。',
  templatePath: TEMPLATE_PATH,
  templateFileName: '住户台账模板.xlsx',
  helpLabel: '台账各列怎么填',
  dropText: '点击或把台账文件拖到这里上传',
  dropHint: '只支持 .xlsx，第一行为列名，列的顺序与模板一致',
  wrongType: '请上传 .xlsx 格式的台账（可先下载模板填写）',
  tooLarge: '文件超过 10MB，请按网格拆分后分批上传',
  processing: '上传完成，正在逐行校验并写入，请稍候…',
};

/** 一张表导入: explain the ledger, download the template, upload an .xlsx and read the per-row report. */
export function ImportPage() {
  return (
    <ExcelImportPanel
      copy={COPY}
      help={<LedgerColumnsHelp />}
      upload={useImportLedger()}
      successMessage={(report) => `导入完成：新增 ${report.created} 行，更新 ${report.updated} 行，未导入 ${report.rejected} 行`}
      renderReport={(report) => <ImportReportView report={report} />}
    />
  );
}
