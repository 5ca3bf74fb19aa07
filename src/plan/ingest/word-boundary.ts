/**
 * Word boundaries for short place names: a two-character name (a county's short form 大关, a one-character
 * stem with its suffix 高县, a town's short form 太平 or 分水) found where the text reads as ordinary words
 * across it — "扩大关键" is 扩大 + 关键, not 大关; "发布权威信息" is 权威 + 信息, not 威信 — is not the place.
 *
 * This is language knowledge, not a rule for one document: a compact list of common words of plan texts that
 * end with a character place names often begin with, or begin with a character place names often end with.
 */

/**
 * Common two-character words. A name's first character pairs with the character before it into one of them
 * (扩大, 提高, 权威), or its last character with the character after it (关键, 县城, 平台): the name then
 * straddles a word boundary. Words that only rescue a reading (加强 in "加强大足", 上游 in "长江上游") are
 * listed too: they show that the neighbouring character belongs to another word.
 */
const COMMON_WORDS_TEXT = [
  // …大 / …高 / …长 / …新 / …中 before a name beginning with that character
  '扩大 加大 做大 壮大 最大 重大 强大 巨大 广大 伟大 放大 长大 宏大 庞大 较大 更大 很大 极大 远大 盛大 高大',
  '提高 最高 较高 更高 崇高 升高 抬高 拔高 增高 偏高 过高 很高',
  '增长 成长 延长 助长 生长 擅长 专长 队长 市长 县长 局长 省长 部长 校长 家长 院长 站长 所长 村长 组长',
  '创新 更新 革新 翻新 全新 最新 崭新 焕新 清新 重新',
  '其中 集中 高中 初中 空中 当中 心中 从中 手中 适中 居中 正中',
  '污水 用水 供水 排水 饮水 治水 节水 蓄水 洪水 雨水 引水 调水 废水 防水 山水 活水 净水 海水 积水',
  '部分 充分 划分 区分 十分 百分 评分 成分 积分',
  '资金 基金 现金 黄金 租金 奖金 税金 合金 薪金 本金 重金',
  '基石 砂石 矿石 岩石 化石 宝石',
  '权威 国威 示威 助威',
  '社会 机会 大会 协会 学会 商会 都会 省会 年会 盛会 展会 峰会 体会 工会 理会',
  '科普 事宜 适宜 便宜 城镇 乡镇 村镇 集镇 重镇',
  '西南 东南 云南 湖南 海南 河南 指南',
  // a name's last character + the next one
  '关键 关系 关于 关注 关心 关联 关闭 关爱 关税 关怀 关切 关停 关卡',
  '县城 县域 县级 县委 县乡',
  '平台 平安 平衡 平稳 平方 平均 平等 平原 平价 平时 平面 平整',
  '水平 水利 水库 水质 水电 水运 水系 水域 水体 水泥 水务 水土 水果 水产 水源 水网 水价 水量 水资',
  '安全 安排 安置 安居 安装 安宁 安心 安保 安康 安稳 安防',
  '信息 信用 信心 信任 信贷 信访 信号 信托',
  '理念 理论 理解 理财 理事',
  '兴业 兴起 兴旺 兴趣 兴建 兴办',
  '城市 城乡 城区 城建 城管',
  '口岸 口径 口号 口碑',
  '门户 门槛 门诊 门类 门票',
  '山区 山地 山体 山洪 山林',
  '海外 海关 海洋 海拔',
  '源头 源泉',
  '尾气 尾矿 尾款 尾声',
  // rescuers: the neighbouring character belongs to one of these
  '加强 增强 坚强 上游 中游 下游 流域 沿线 沿岸 两岸',
].join(' ');

/** The word list as a set. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON_WORDS_TEXT.split(/\s+/).filter((w) => w.length === 2));

/** Longer common words that contain a place name whole ("太平洋" is not 太平, "分水岭" is not 分水). */
export const CONTAINING_WORDS: readonly string[] = ['太平洋', '分水岭'];

/**
 * True when the name at `[start, end)` straddles a word boundary: the character before it and the name's
 * first character form a common word and that character is not itself the end of another common word
 * ("扩大关键" but not "加强大足"), or likewise the name's last character and the character after it ("大关键矿"
 * but not "长江上游"), or a longer common word contains the name.
 */
export function crossesWordBoundary(text: string, start: number, end: number, words: ReadonlySet<string> = COMMON_WORDS): boolean {
  const before = text[start - 1] ?? '';
  const first = text[start] ?? '';
  if (before && words.has(before + first) && !words.has((text[start - 2] ?? '') + before)) return true;
  const last = text[end - 1] ?? '';
  const after = text[end] ?? '';
  if (after && words.has(last + after) && !words.has(after + (text[end + 1] ?? ''))) return true;
  return CONTAINING_WORDS.some((w) => {
    const from = Math.max(0, end - w.length);
    for (let p = from; p <= start; p++) if (text.startsWith(w, p) && (p < start || p + w.length > end)) return true;
    return false;
  });
}
