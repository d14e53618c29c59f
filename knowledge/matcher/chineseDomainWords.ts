/**
 * Words of this domain that must count as one unit in Chinese messages. Generic segmenters split
 * most of them (支付宝 → 支付|宝, 社保 → 社|保), and a user who writes 社保 means one thing.
 * Sorted longest first so the greedy match in tokenise.ts prefers 社会保险基金 over 社会保险.
 */
export const CHINESE_DOMAIN_WORDS: readonly string[] = [
  '社会保险基金', '社会保险法', '基本养老保险', '基本医疗保险', '待遇资格认证', '资格认证', '亲情服务',
  '市民中心', '社会保险', '养老保险', '医疗保险', '工伤保险', '失业保险', '生育保险', '专款专用',
  '全国统筹', '省级统筹', '会计制度', '分账核算', '合并建账', '国务院', '支付宝', '社保', '认证',
  '家人', '家属', '亲人', '基金', '统筹', '挪用', '侵占', '核算', '建账', '功能', '作用', '步骤',
  '法律', '依据', '法条', '条款', '你好', '您好', '谢谢', '再见', '帮助',
].slice().sort((a, b) => b.length - a.length);
