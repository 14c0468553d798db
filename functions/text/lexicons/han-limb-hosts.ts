/**
 * Words a body part of Chinese or Japanese stands inside: 手机 "phone", 头发 "hair", 开头 "opening", 二手 "second-hand",
 * 相手 "the other side", 苦手 "bad at", 足りない "not enough", 指定 "designated", 歯医者 "dentist". Han terms match
 * anywhere, the kanji fold to the same characters as the hanzi, and every lexicon reads every text: one list serves
 * the body parts of both languages (the `limb` cues of zh.ts and ja.ts), through hostsOf.
 */
const HAN_LIMB_HOSTS: readonly string[] = [
  '手机', '手表', '手续', '手术', '手里', '手工', '手套', '手段', '手艺', '手册', '手写', '手绘', '手游', '对手', '高手', '新手', '选手', '歌手', '头发', '头像', '镜头', '里头',
  '外头', '石头', '枕头', '头条', '头疼', '头痛', '头晕', '码头', '牙膏', '牙刷', '牙医', '脸书', '丢脸', '翻脸', '脸红', '腿毛',
  '鸡腿', '火腿', '猪蹄', '鱼头', '鸡头', '猪头', '开头', '馒头', '罐头', '点头', '回头', '洗手间', '二手', '分手', '握手', '拉手', '动手', '顺手', '一手', '西班牙', '葡萄牙', '牙买加',
  '相手', '苦手', '上手', '下手', '手紙', '切手', '手伝', '手作', '手続', '手首',
  '先頭', '頭文字', '店頭', '頭金', '街頭', '口頭', '冒頭', '念頭', '没頭', '到頭', '足りな', '足りる', '満足', '不足', '遠足', '土足', '一足', '歯医者', '歯磨き', '歯ブラシ',
  '指定', '指輪', '指示', '指導', '指摘', '指名', '腕時計', '腕前',
];

/** The one body-part character the two scripts write differently (the normaliser folds 頭 to 头). */
const OTHER_FORM: Readonly<Record<string, string>> = { 頭: '头', 头: '頭' };

/** The hosts a body part stands inside, in either script: the exceptions of its `limb` term. */
export const hostsOf = (limb: string): string[] => {
  const other = [...limb].map((character) => OTHER_FORM[character] ?? character).join('');
  return HAN_LIMB_HOSTS.filter((host) => host.includes(limb) || host.includes(other));
};
