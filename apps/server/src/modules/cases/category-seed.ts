import type { LimitClock } from '@linli/shared';

/** Classification version of the seeded tree (national digital urban-management standard). */
export const SEED_CLASSIFICATION_VERSION = 'GB/T 30428.2-2013';

/** One seeded category: class or subclass, with its filing row (立案条件 / 处置时限 / 结案条件). */
export interface SeedCategory {
  code: string;
  name: string;
  kind: 'component' | 'event' | 'livelihood' | 'governance';
  department?: string;
  urgency?: 'normal' | 'urgent';
  limit: [number, LimitClock];
  keywords?: string[];
  filing?: string;
  closing?: string;
  /** Never shown to neighbours nor on Open311 (disputes, public security, vulnerable people). */
  sensitive?: boolean;
  children?: SeedCategory[];
}

const sub = (code: string, name: string, limit: [number, LimitClock], extra: Partial<SeedCategory> = {}): SeedCategory => ({
  code,
  name,
  kind: 'component',
  limit,
  ...extra,
});

/**
 * The starting tree (workflows/cases.md "Category seed"), with the time limits seen in practice:
 * a missing manhole cover 2 urgent hours, a damaged one 4 working hours, exposed rubbish 1 working
 * day, a dirty road 5 working hours, standing water 4 working hours, illegal building 15 working days.
 */
export const CATEGORY_SEED: SeedCategory[] = [
  {
    code: 'C01',
    name: '公用设施',
    kind: 'component',
    department: 'cg',
    limit: [2, 'workingDays'],
    children: [
      sub('C0101', '上水井盖', [4, 'workingHours'], { keywords: ['井盖', '水井', '破损', '缺失'], department: 'zj' }),
      sub('C0102', '污水井盖', [4, 'workingHours'], { keywords: ['井盖', '污水', '冒水'], department: 'zj' }),
      sub('C0103', '雨水井盖', [2, 'urgentHours'], {
        keywords: ['井盖', '雨水', '丢失', '移位'],
        urgency: 'urgent',
        department: 'zj',
        filing: '井盖缺失、移位',
        closing: '井盖恢复到位',
      }),
      sub('C0104', '电力井盖', [4, 'workingHours'], { keywords: ['井盖', '电力'] }),
      sub('C0105', '路灯', [2, 'workingDays'], {
        keywords: ['路灯', '灯', '不亮', '灯杆', '照明'],
        department: 'cg',
        filing: '路灯不亮、灯杆倾斜',
        closing: '路灯恢复照明',
      }),
      sub('C0106', '报刊亭', [3, 'workingDays'], { keywords: ['报刊亭', '亭'] }),
      sub('C0107', '公厕', [1, 'workingDays'], { keywords: ['厕所', '公厕', '卫生间', '臭'] }),
      sub('C0108', '消防栓', [4, 'workingHours'], { keywords: ['消防栓', '漏水', '消防'], department: 'ga' }),
    ],
  },
  {
    code: 'C02',
    name: '道路交通设施',
    kind: 'component',
    department: 'cg',
    limit: [3, 'workingDays'],
    children: [
      sub('C0201', '公交站亭', [3, 'workingDays'], { keywords: ['公交', '站台', '站亭'] }),
      sub('C0202', '交通标志牌', [3, 'workingDays'], { keywords: ['标志牌', '指示牌', '路牌'], department: 'ga' }),
      sub('C0203', '护栏', [2, 'workingDays'], { keywords: ['护栏', '栏杆', '倒塌'] }),
      sub('C0204', '隔离墩', [2, 'workingDays'], { keywords: ['隔离墩', '石墩'] }),
    ],
  },
  {
    code: 'C03',
    name: '市容环境设施',
    kind: 'component',
    department: 'cg',
    limit: [2, 'workingDays'],
    children: [
      sub('C0301', '果皮箱', [2, 'workingDays'], { keywords: ['垃圾桶', '果皮箱', '满溢'] }),
      sub('C0302', '垃圾间', [1, 'workingDays'], { keywords: ['垃圾间', '垃圾房', '垃圾站'] }),
      sub('C0303', '广告牌匾', [3, 'workingDays'], { keywords: ['广告牌', '牌匾', '招牌', '脱落'] }),
    ],
  },
  {
    code: 'C04',
    name: '园林绿化设施',
    kind: 'component',
    department: 'zj',
    limit: [3, 'workingDays'],
    children: [
      sub('C0401', '行道树', [3, 'workingDays'], { keywords: ['树', '树枝', '倒伏', '修剪'] }),
      sub('C0402', '绿地', [3, 'workingDays'], { keywords: ['绿地', '草坪', '绿化'] }),
      sub('C0403', '花坛', [3, 'workingDays'], { keywords: ['花坛', '花池'] }),
      sub('C0404', '园林井盖', [4, 'workingHours'], { keywords: ['井盖', '园林'] }),
    ],
  },
  {
    code: 'C05',
    name: '其他设施',
    kind: 'component',
    department: 'cg',
    limit: [3, 'workingDays'],
    children: [
      sub('C0501', '健身设施', [3, 'workingDays'], { keywords: ['健身器材', '健身', '器材', '损坏'] }),
      sub('C0502', '监控设施', [3, 'workingDays'], { keywords: ['监控', '摄像头'], department: 'ga' }),
    ],
  },
  {
    code: 'E01',
    name: '市容环境',
    kind: 'event',
    department: 'cg',
    limit: [1, 'workingDays'],
    children: [
      {
        code: 'E0101',
        name: '私搭乱建',
        kind: 'event',
        limit: [15, 'workingDays'],
        department: 'cg',
        keywords: ['违建', '私搭', '乱建', '搭建', '违章'],
        filing: '未经批准搭建建筑物、构筑物',
        closing: '违建拆除',
      },
      {
        code: 'E0102',
        name: '暴露垃圾',
        kind: 'event',
        limit: [1, 'workingDays'],
        keywords: ['垃圾', '暴露', '堆放', '乱扔'],
        filing: '垃圾暴露堆积',
        closing: '垃圾清理干净',
      },
      { code: 'E0103', name: '积存垃圾渣土', kind: 'event', limit: [1, 'workingDays'], keywords: ['渣土', '建筑垃圾', '积存'] },
      { code: 'E0104', name: '道路不洁', kind: 'event', limit: [5, 'workingHours'], keywords: ['路面', '脏', '不洁', '油污'] },
      { code: 'E0105', name: '绿地脏乱', kind: 'event', limit: [1, 'workingDays'], keywords: ['绿地', '脏乱'] },
    ],
  },
  {
    code: 'E02',
    name: '宣传广告',
    kind: 'event',
    department: 'cg',
    limit: [1, 'workingDays'],
    children: [
      { code: 'E0201', name: '非法小广告', kind: 'event', limit: [1, 'workingDays'], keywords: ['小广告', '牛皮癣', '张贴', '涂写'] },
      { code: 'E0202', name: '违规户外广告', kind: 'event', limit: [3, 'workingDays'], keywords: ['户外广告', '横幅', '条幅'] },
    ],
  },
  {
    code: 'E03',
    name: '施工管理',
    kind: 'event',
    department: 'zj',
    limit: [1, 'workingDays'],
    children: [
      { code: 'E0301', name: '施工扰民', kind: 'event', limit: [1, 'workingDays'], keywords: ['施工', '噪音', '夜间施工', '扰民'] },
      { code: 'E0302', name: '施工占道', kind: 'event', limit: [1, 'workingDays'], keywords: ['施工', '占道', '围挡'] },
      { code: 'E0303', name: '工地扬尘', kind: 'event', limit: [4, 'workingHours'], keywords: ['扬尘', '灰尘', '工地'] },
    ],
  },
  {
    code: 'E04',
    name: '突发事件',
    kind: 'event',
    department: 'zj',
    urgency: 'urgent',
    limit: [4, 'urgentHours'],
    children: [
      { code: 'E0401', name: '管道破裂', kind: 'event', limit: [4, 'urgentHours'], urgency: 'urgent', keywords: ['水管', '爆裂', '破裂', '漏水', '管道'] },
      { code: 'E0402', name: '路面塌陷', kind: 'event', limit: [2, 'urgentHours'], urgency: 'urgent', keywords: ['塌陷', '坑', '路面'] },
      { code: 'E0403', name: '道路积水', kind: 'event', limit: [4, 'workingHours'], keywords: ['积水', '下雨', '排水'] },
    ],
  },
  {
    code: 'E05',
    name: '街面秩序',
    kind: 'event',
    department: 'cg',
    limit: [1, 'workingDays'],
    children: [
      { code: 'E0501', name: '无照经营', kind: 'event', limit: [3, 'workingDays'], department: 'sc', keywords: ['无照', '经营', '摊贩'] },
      { code: 'E0502', name: '占道经营', kind: 'event', limit: [1, 'workingDays'], keywords: ['占道', '摆摊', '流动摊贩', '出店'] },
      { code: 'E0503', name: '乱停车', kind: 'event', limit: [4, 'workingHours'], department: 'ga', keywords: ['停车', '乱停', '占用', '堵'] },
    ],
  },
  { code: 'E06', name: '扩展事件', kind: 'event', limit: [3, 'workingDays'], keywords: ['其他'] },
  {
    code: 'L00',
    name: '民生诉求',
    kind: 'livelihood',
    limit: [5, 'workingDays'],
    children: [
      { code: 'L01', name: '物业服务', kind: 'livelihood', limit: [3, 'workingDays'], keywords: ['物业', '保洁', '电梯', '门禁', '物业费'] },
      { code: 'L02', name: '供水供暖', kind: 'livelihood', limit: [1, 'workingDays'], department: 'zj', keywords: ['停水', '供暖', '暖气', '水压', '不热'] },
      { code: 'L03', name: '噪音扰民', kind: 'livelihood', limit: [2, 'workingDays'], keywords: ['噪音', '吵', '广场舞', '装修'] },
      { code: 'L04', name: '停车难', kind: 'livelihood', limit: [5, 'workingDays'], keywords: ['车位', '停车难'] },
      {
        code: 'L05',
        name: '养老服务',
        kind: 'livelihood',
        limit: [5, 'workingDays'],
        department: 'mz',
        keywords: ['老人', '养老', '助餐', '独居'],
        sensitive: true,
      },
      { code: 'L06', name: '儿童托管', kind: 'livelihood', limit: [5, 'workingDays'], keywords: ['儿童', '托管', '孩子', '放学'] },
      { code: 'L07', name: '邻里关系', kind: 'livelihood', limit: [3, 'workingDays'], keywords: ['邻居', '楼上', '漏水', '占用'] },
    ],
  },
  {
    code: 'G00',
    name: '社会治理',
    kind: 'governance',
    limit: [3, 'workingDays'],
    children: [
      { code: 'G01', name: '矛盾纠纷', kind: 'governance', limit: [5, 'workingDays'], keywords: ['纠纷', '矛盾', '吵架', '调解'], sensitive: true },
      {
        code: 'G02',
        name: '安全隐患',
        kind: 'governance',
        limit: [1, 'workingDays'],
        urgency: 'urgent',
        keywords: ['隐患', '电动车', '充电', '飞线', '消防通道', '燃气'],
      },
      { code: 'G03', name: '治安', kind: 'governance', limit: [1, 'workingDays'], department: 'ga', keywords: ['治安', '盗窃', '可疑'], sensitive: true },
      {
        code: 'G04',
        name: '特殊人群帮扶',
        kind: 'governance',
        limit: [3, 'workingDays'],
        department: 'mz',
        keywords: ['困难', '帮扶', '低保', '残疾'],
        sensitive: true,
      },
    ],
  },
];
