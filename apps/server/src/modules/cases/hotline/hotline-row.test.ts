import { describe, expect, it } from 'vitest';
import { hotlineOrderTypeOf, previousMonthOf } from '@linli/shared';
import { buildingNumberOf, matchCommunity, matchComplex } from './hotline-places';
import { parseBeijingTime, parseHotlineRow, parseLimit } from './hotline-row';

describe('reading hotline cells', () => {
  it('reads the call time as Beijing wall-clock time in the usual spellings', () => {
    expect(parseBeijingTime('2026-03-01 00:30')).toEqual({ at: new Date('2026-03-01T00:30:00+08:00'), month: '2026-03' });
    expect(parseBeijingTime('2026/3/5 9:05:07')?.at).toEqual(new Date('2026-03-05T09:05:07+08:00'));
    expect(parseBeijingTime('2026年3月5日 9时5分')?.at).toEqual(new Date('2026-03-05T09:05:00+08:00'));
    expect(parseBeijingTime('2026-12-31')).toEqual({ at: new Date('2026-12-31T00:00:00+08:00'), month: '2026-12' });
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseBeijingTime('2026-02-30 09:00')).toBeNull();
    expect(parseBeijingTime('2026-03-05 24:10')).toBeNull();
    expect(parseBeijingTime('昨天下午')).toBeNull();
  });

  it('reads the time limit as working days unless calendar days are named', () => {
    expect(parseLimit('5')).toEqual({ days: 5, calendar: false });
    expect(parseLimit('5个工作日')).toEqual({ days: 5, calendar: false });
    expect(parseLimit('７个自然日')).toEqual({ days: 7, calendar: true });
    expect(parseLimit('')).toBeNull();
    expect(parseLimit('尽快')).toBe('invalid');
    expect(parseLimit('0')).toBe('invalid');
  });

  it("maps the hotline's request types, unknown text to other", () => {
    expect(hotlineOrderTypeOf('投诉举报')).toBe('complaint');
    expect(hotlineOrderTypeOf('意见建议')).toBe('suggestion');
    expect(hotlineOrderTypeOf('咨询')).toBe('consultation');
    expect(hotlineOrderTypeOf('')).toBe('other');
  });

  it('steps back over a year end', () => {
    expect(previousMonthOf('2026-01')).toBe('2025-12');
    expect(previousMonthOf('2026-10')).toBe('2026-09');
  });

  it('keeps mobiles, keeps landlines without dashes, and drops what is not a phone', () => {
    const now = new Date('2026-04-01T00:00:00+08:00');
    const base = { 工单编号: 'A-1', 来电时间: '2026-03-01 09:00', 诉求内容: '路灯不亮了好几天', 所属社区: '清泉社区' };
    const mobile = parseHotlineRow({ ...base, 联系电话: '+86 138 0000 1111' }, now);
    expect('row' in mobile && mobile.row).toMatchObject({ phone: '13800001111', phoneIsMobile: true });
    const landline = parseHotlineRow({ ...base, 联系电话: '0632-4412345' }, now);
    expect('row' in landline && landline.row).toMatchObject({ phone: '06324412345', phoneIsMobile: false, phoneDropped: false });
    const masked = parseHotlineRow({ ...base, 联系电话: '138****1111' }, now);
    expect('row' in masked && masked.row).toMatchObject({ phone: null, phoneDropped: true });
    expect(parseHotlineRow({ ...base, 工单编号: '工单 1' }, now)).toHaveProperty('reason');
  });
});

describe('placing an order', () => {
  const complexes = [
    { id: 'a', name: '清泉花园', path: '/p/' },
    { id: 'b', name: '清泉花园二期', path: '/p/' },
    { id: 'c', name: '阳光小区', path: '/p/' },
  ];

  it('matches complexes by name with or without 小区, then by containment, then in the address, longest first', () => {
    expect(matchComplex(complexes, '清泉花园', null)?.complex.id).toBe('a');
    expect(matchComplex(complexes, '阳光', null)?.complex.id).toBe('c');
    expect(matchComplex(complexes, '清泉花园二期东区', null)?.complex.id).toBe('b');
    expect(matchComplex(complexes, null, '临城街道清泉花园二期8号楼')).toEqual({ complex: complexes[1], byAddress: true });
    expect(matchComplex(complexes, null, '清泉社区东门外')).toBeNull();
  });

  it('reads the building number of an address', () => {
    expect(buildingNumberOf('清泉花园03号楼2单元')).toBe('3');
    expect(buildingNumberOf('清泉花园12栋')).toBe('12');
    expect(buildingNumberOf('人民路12号')).toBeNull();
  });

  it('tells namesake communities apart by street and refuses a street that does not fit', () => {
    const communities = [
      { id: '1', name: '新华社区', path: '/1/', streetName: '临城街道' },
      { id: '2', name: '新华社区', path: '/2/', streetName: '常庄街道' },
    ];
    expect(matchCommunity(communities, '新华', '常庄街道办事处')).toEqual({ community: communities[1] });
    expect(matchCommunity(communities, '新华社区', null)).toHaveProperty('reason');
    expect(matchCommunity(communities, '新华社区', '沙沟镇')).toHaveProperty('reason');
    expect(matchCommunity(communities, '清泉社区', null)).toHaveProperty('reason');
  });
});
