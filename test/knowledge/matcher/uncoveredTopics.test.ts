import { normaliseText } from '../../../knowledge/matcher/normalise';
import { UncoveredTopics } from '../../../knowledge/matcher/uncoveredTopics';

const noneCovered = UncoveredTopics.of([]);
const asked = (text: string, topics = noneCovered) => topics.askedIn(normaliseText(text));

describe('UncoveredTopics', () => {
  it.each([
    ['the certification keeps failing for my aunt', 'a failed certification'],
    ['my grandpa’s verification got an error in alipay', 'a failed certification'],
    ['認證一直顯示失敗', 'a failed certification'],
    ['妈妈认证没通过怎么办', 'a failed certification'],
    ['how can I check the certification status', 'whether it worked'],
    ['did the verification go through', 'whether it worked'],
    ['认证完成了吗怎么看', 'whether it worked'],
    ['在哪里查认证结果', 'whether it worked'],
    ["what happens if my mom doesn't do the certification", 'what happens without it'],
    ['if my father skips this year’s review, will his pension be cut off', 'what happens without it'],
    ['忘了给爸爸认证会怎么样', 'what happens without it'],
    ['养老金被停发了怎么办', 'what happens without it'],
    ['how often must retirees be certified', 'how often or by when'],
    ['一年要认证几次', 'how often or by when'],
    ['认证截止日期是什么时候', 'how often or by when'],
    ['什么时候之前要做认证', 'how often or by when'],
    ['is there a limit to how many relatives I can bind', 'how many family members'],
    ['亲情服务最多能添加几个人', 'how many family members'],
    ['is the certification free', 'fees and amounts'],
    ['认证要收费吗', 'fees and amounts'],
    ['does alipay charge anything for this', 'fees and amounts'],
    ["do I need my mother's ID card", 'documents'],
    ['要带户口本吗', 'documents'],
    ['can I do it at the community office instead', 'doing it in person'],
    ['可以去社保窗口办理吗', 'doing it in person'],
    ['is there a social security office near me', 'doing it in person'],
    ['do I have to go to the social security office', 'doing it in person'],
    ['can I do it at the social security office instead', 'doing it in person'],
    ['能不能去窗口认证', 'doing it in person'],
    ['does my mother need to be present', 'being present'],
    ['需要老人本人在场吗', 'being present'],
    ['will alipay ask for a face scan', 'face recognition'],
    ['does she have to scan her face', 'face recognition'],
    ['认证的时候要刷脸吗', 'face recognition'],
    ['who needs to do the certification', 'who needs it'],
    ['哪些人需要做认证', 'who needs it'],
    ['why do old people have to do this certification every year', 'why it is needed'],
    ['为什么要做资格认证', 'why it is needed'],
    ['who supervises the social insurance funds', 'who supervises the funds'],
    ['社保基金由谁管理', 'who supervises the funds'],
    ['is the pension fund audited', 'who supervises the funds'],
    ['how can I unbind my uncle from family service', 'removing a family member'],
    ['怎么删除绑定的家人', 'removing a family member'],
    ['支付宝认证安全吗', 'safety'],
    ['is it safe to do the certification on alipay', 'safety'],
    ['会不会泄露老人的隐私', 'safety'],
    ['添加家人以后要等多久', 'how long it takes'],
    ['how long does the certification take', 'how long it takes'],
    ['what is social security benefit qualification certification', 'what the certification is'],
    ["What's the qualification certification?", 'what the certification is'],
    ['社保待遇资格认证是什么', 'what the certification is'],
    ['什么是资格认证', 'what the certification is'],
    ['我没有支付宝咋办', 'having no Alipay'],
    ["I don't have alipay, can I still do it", 'having no Alipay'],
    ['my father passed away, do i still need to certify him', 'a death'],
    ['我爸去世了还要认证吗', 'a death'],
    ["can I help my friend's father with his certification", 'someone not in the family'],
    ['能帮邻居认证吗', 'someone not in the family'],
    ['i want to do my own certification', 'certifying oneself'],
    ['我自己七十岁了能自己认证吗', 'certifying oneself'],
    ['why must retirees do the certification every year', 'why it is needed'],
    ['What is the benefit qualification certification for?', 'why it is needed'],
    ['when was the social insurance law passed', 'who made the law and when'],
    ['社会保险法是什么时候通过的', 'who made the law and when'],
    ['who wrote this law', 'who made the law and when'],
    ['这部法是谁制定的', 'who made the law and when'],
    ['社保基金可以拿去炒股吗', 'investing the funds in stocks'],
    ['can the government put pension money into the stock market', 'investing the funds in stocks'],
    ['社会保障和社会保险有什么区别', 'social security against social insurance'],
    ['what is the difference between social security and social insurance', 'social security against social insurance'],
    // Other procedures, in the words of the certification: they got its seven steps (0.70–0.89).
    ['工伤认定流程', 'other social security procedures'],
    ['在支付宝上帮家人办社保卡', 'other social security procedures'],
    ['在支付宝上帮家人做医保异地备案', 'other social security procedures'],
    ['how do I apply for a work injury claim', 'other social security procedures'],
    ['how do I get a social security card for my dad', 'other social security procedures'],
    ['在支付宝上帮家人交社保', 'paying contributions or drawing a pension'],
    ['帮家人在支付宝领养老金', 'paying contributions or drawing a pension'],
    ["how do I pay my mother's social insurance on alipay", 'paying contributions or drawing a pension'],
    ['I already did all 7 steps but it still says not certified', 'a failed certification'],
    // Looking for work on a job site: "找工作" and "有没有招聘信息" got how social security helps companies recruit.
    ['找工作', 'looking for a job'],
    ['有没有招聘信息', 'looking for a job'],
    ['我想应聘你们公司', 'looking for a job'],
    ['are you hiring', 'looking for a job'],
    ["I'm looking for a job", 'looking for a job'],
    // A second helper's wording of the same topics.
    ['Help my mom collect her pension on Alipay', 'paying contributions or drawing a pension'],
    ['在支付宝帮老妈交医保', 'paying contributions or drawing a pension'],
    ['帮我婆婆在支付宝上缴纳养老保险', 'paying contributions or drawing a pension'],
    ["We finished every step but her status is still 'not certified'. Why?", 'a failed certification'],
    ['认证做完了，可系统一直显示待认证', 'a failed certification'],
    ['how do I transfer my social security to another city', 'other social security procedures'],
    ['最近哪里在招人', 'looking for a job'],
    ['帮隔壁老太太认证', 'someone not in the family'],
  ])('finds that %j asks about %s', (text, topic) => {
    expect(asked(text)).toEqual([topic]);
  });

  // The entries' own questions, some in the words of a topic.
  it.each([
    'how do I do the yearly pension check for my grandmother on alipay',
    'how to add the person who needs to be certified',
    'who is in charge of the pooling timeline',
    'is there a deadline for national coordination of pensions',
    'why do companies offer social security to attract talent',
    'what is social security for',
    'my 80 year old mother can’t do the yearly check herself, what do I do on my phone',
    'mom has no smartphone, how can I do it for her',
    'what legal document is this based on',
    'can the funds be used for something else',
    '我妈78岁了，一个人住，社保局说每年都要认证，我能帮她弄吗',
    '我能亲自帮妈妈认证吗',
    '添加家人需要什么',
    'investing pension funds to help the economy',
    'who controls the timing of pooling',
    'who manages the pooling timeline',
    '统筹时间由谁管',
    "i'm at the office, how do I help my mother certify on my phone",
    'where is the social security office in alipay',
    // The office as where the user heard of it.
    'my mom is 80 and lives alone, the social security office says she must do the yearly certification, how can I do it from my phone',
    'got a letter from the social security office, how do I certify my dad on alipay',
    "my dad can't do face to face verification, can I help him on alipay",
    '全国统筹什么时候之前完成',
    '在社保管理下面找什么',
    'what do I do after the binding is complete',
    '绑定完成以后怎么办',
    '社保有什么用',
    '公司为什么要给员工交社保',
    // Of the funds, the earmarking answers whether they are safe; of the pooling, the State Council decides when.
    'is the pension fund safe',
    '社保基金安全吗',
    'how long until national pooling',
    '全国统筹要多久',
    // A relative without Alipay is helped from the user's own.
    '我妈没有支付宝怎么办',
    'how do I do the certification',
    'hi friend',
    // Someone outside the family as who told the user, not as the one helped; a length that is no time.
    'my friend told me to ask how to certify my mom on alipay',
    '邻居说社保基金可以挪用，是真的吗',
    'how long is article 64',
    'how long until the basic old-age insurance fund is pooled nationally?',
    '我能亲自帮妈妈认证吗',
    'which law is this based on',
    // Drawing a pension as why the certification is needed; an insurance's fund; not certified yet.
    '帮爸妈领养老金资格认证怎么做',
    '用支付宝帮家人领养老金资格认证',
    '工伤保险基金和失业保险基金分别核算吗',
    'my mom is still not certified, how do I do it for her on alipay',
    // Social security as what job seekers look at, and work that is no job.
    '找工作看社保',
    'how does social security help job seekers',
    "I'm at work, how do I certify my mom on alipay",
    'resume step 3',
    // Found by a second helper next to the new topics: the funds, the functions and the certification.
    'Can an employer transfer my pension to its own use?',
    '单位能转移社保基金吗',
    'I need to get work done fast: what are the steps to certify my mom on Alipay?',
    'Why do job seekers care about the third function?',
    'I want work-related injury insurance fund details from Article 64',
    'Does the unemployment insurance fund help people who need a job? Which article lists it?',
    '第三个作用里说企业招聘人才，对求职者意味着什么',
    '帮家人认证前有哪些准备工作',
    'help my dad keep collecting his pension by doing the certification',
    // Not going in person is asking for the way from a phone.
    'How can I help my mom avoid going to the social security office for her certification?',
    'Is there a way to do my father\'s certification on Alipay instead of queuing at the social security office?',
    'Mum is bedridden, so no trip to the counter. How do I do her certification on the phone?',
    '不去窗口也能帮爸爸做资格认证吗',
    'how can I certify my mother without going to the social security office',
    "my mom can't go to the social security office, how can I certify her",
    '老人不方便去窗口，能在手机上认证吗',
    '不用去柜台排队，怎么帮我爸认证',
  ])('finds no topic in %j', (text) => {
    expect(asked(text)).toEqual([]);
  });

  it('leaves out a topic the knowledge’s own questions ask about: an entry covers it', () => {
    const feesCovered = UncoveredTopics.of(['does the certification cost anything'].map(normaliseText));
    expect(asked('is the certification free', feesCovered)).toEqual([]);
    expect(asked('how often must retirees be certified', feesCovered)).toEqual(['how often or by when']);
  });

  it('names every topic a message asks about', () => {
    expect(asked('is it free, and does she need to be present')).toEqual(['fees and amounts', 'being present']);
  });
});
