/** References to the n-th item of a list just shown, with the position they point at (1-based). */
export const ORDINAL_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['the second one', 2],
  ['tell me more about the second one', 2],
  ['Tell me more about the 2nd one.', 2],
  ['the 2nd', 2],
  ['2', 2],
  ['Second', 2],
  ['what about the third?', 3],
  ['number 1', 1],
  ['第二个', 2],
  ['第二个是什么意思', 2],
  // Asking to hear more of it: under the functions it got the second way of promoting development.
  ['第二个展开讲讲', 2],
  ['第三个详细讲讲', 3],
  ['第三个有哪三点', 3],
  ['第2个', 2],
  ['那第三个呢', 3],
  ['第二個是什麼意思', 2],
  ['２', 2],
];

/** Messages that mention a number or an ordinal but are not a reference to a list item. */
export const NOT_ORDINALS: readonly string[] = [
  'second hand smoke',
  'what is the first step',
  '2 steps',
  'how much pension will my father get',
  '第5步',
  '社保的第一个功能和第二个功能有什么区别',
  'hello',
];

export const NONE_OF_THESE_PHRASES: readonly string[] = ['None of these', 'none', 'neither', 'None of them.', '都不是', '以上都不是', '都不對'];
export const NOT_NONE_OF_THESE: readonly string[] = ['none of my family can use Alipay', 'no idea what step 3 means', '不是很懂第三步'];
