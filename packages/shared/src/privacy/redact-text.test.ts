import { describe, expect, it } from 'vitest';
import { redactText } from './redact-text';
import { redactTitle } from './redact-title';

const PHONE = '[电话已隐去]';
const ID = '[证件号已隐去]';
const CARD = '[卡号已隐去]';

describe('redactText hides phone numbers in every written form', () => {
  it.each([
    ['plain mobile', '电话13912345678请回电', `电话${PHONE}请回电`],
    ['dots between groups', '电话139.1234.5678', `电话${PHONE}`],
    ['spaces between groups', '电话 139 1234 5678 谢谢', `电话 ${PHONE} 谢谢`],
    ['dashes between groups', '打139-1234-5678找我', `打${PHONE}找我`],
    ['a dash between every digit', '1-3-9-1-2-3-4-5-6-7-8', PHONE],
    ['full-width digits', '手机１３９１２３４５６７８', `手机${PHONE}`],
    ['Chinese numerals', '电话一三九一二三四五六七八', `电话${PHONE}`],
    ['幺 for one and 〇 for zero', '幺三九〇二三四五六七八', PHONE],
    ['零 and 两', '一八八零两三四五六七八', PHONE],
    ['Chinese numerals with spaces', '一三九 一二三四 五六七八', PHONE],
    ['mixed ASCII and Chinese digits', '139一二三四5678', PHONE],
    ['with +86 and mixed separators', '电话+86 139-1234-5678或', `电话${PHONE}或`],
    ['with 0086', '0086 13912345678', PHONE],
    ['a landline with area code', '座机0632-1234567', `座机${PHONE}`],
    ['a Beijing landline', '010-12345678', PHONE],
    ['a landline with spaces', '0632 1234567', PHONE],
    ['two phones side by side', '13912345678、13812345678', `${PHONE}、${PHONE}`],
    ['a phone after a house number', '501室 13912345678', `501室 ${PHONE}`],
    ['a phone after a number and a space', '房号501 13912345678', `房号501 ${PHONE}`],
    ['a phone after a date', '2026.12.06 13912345678', `2026.12.06 ${PHONE}`],
  ])('%s', (_what, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('redactText hides ID and bank-card numbers', () => {
  it.each([
    ['an 18-digit ID', '身份证370403199001011234', `身份证${ID}`],
    ['an ID ending in X', '证件11010519491231002X，案件', `证件${ID}，案件`],
    ['an ID ending in lower-case x', '11010519491231002x', ID],
    ['an ID in groups', '370403 19900101 1234', ID],
    ['an old 15-digit ID', '370403900101123', ID],
    ['an ID in Chinese numerals', '三七〇四〇三一九九〇〇一〇一一二三四', ID],
    ['a full-width ID', '３７０４０３１９９００１０１１２３４', ID],
    ['a 16-digit card', '卡号6222021234567890', `卡号${CARD}`],
    ['a 19-digit card', '6222021234567890123', CARD],
    ['a card in groups of four', '卡 6222 0212 3456 7890 123 退款', `卡 ${CARD} 退款`],
    ['a card with dashes', '6222-0212-3456-7890', CARD],
    ['a card after a house number', '501 6222021234567890', `501 ${CARD}`],
  ])('%s', (_what, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('redactText leaves ordinary text alone', () => {
  it.each([
    ['a date with dashes', '2026-12-06前处理'],
    ['a date with dots', '2026.12.06'],
    ['a date and a time', '2026-12-06 14:30 停水'],
    ['a date written in Chinese', '二〇二六年十二月六日'],
    ['a house number', '3号楼2单元501'],
    ['an amount', '物业费500元，押金1200.50元'],
    ['a case number', '案件20260310000001已办结'],
    ['two case numbers', '20260310000001 20260310000002'],
    ['a short number in Chinese', '一二三号楼两个单元'],
    ['an idiom with numerals', '三三两两，一五一十'],
    ['a year range', '2020-2026年'],
    ['a count', '共有12户，37人'],
    ['a 7-digit local number without area code', '门卫8123456'],
  ])('%s', (_what, input) => {
    expect(redactText(input)).toBe(input);
  });
});

describe('redactText and names', () => {
  it('replaces the given names of two characters or more, ignoring empty and single-character ones', () => {
    expect(redactText('李四说王五家漏水', ['王五', null, '李'])).toBe('李四说[姓名已隐去]家漏水');
  });

  it('hides a name and a phone in the same sentence', () => {
    expect(redactText('我是张大爷，电话139 1234 5678', ['张大爷'])).toBe(`我是[姓名已隐去]，电话${PHONE}`);
  });
});

describe('redactTitle', () => {
  it("drops a number cut in half by the title's ellipsis", () => {
    expect(redactTitle('我是张大爷，电话139 1234 56…')).toBe('我是张大爷，电话…');
    expect(redactTitle('电话一三九一二三四五…')).toBe('电话…');
  });

  it('keeps a short number before the ellipsis and redacts whole numbers as redactText does', () => {
    expect(redactTitle('3号楼2单元501门口的路灯坏了，晚上出门要走12…')).toBe('3号楼2单元501门口的路灯坏了，晚上出门要走12…');
    expect(redactTitle('电话13912345678，楼道灯坏了…')).toBe('电话[电话已隐去]，楼道灯坏了…');
  });
});
