/**
 * Traditional → simplified characters, for the words villagers' questions actually contain.
 *
 * Some people type on phones set to traditional characters (relatives in Taiwan or Hong Kong,
 * or a keyboard left on 繁體). The knowledge base is simplified, so 身份證 must become 身份证
 * before matching. A full conversion table (OpenCC) is thousands of entries and a dependency; this
 * list covers the service vocabulary plus the most common function characters, which is what the
 * matcher needs. One-to-many characters whose choice depends on context (著, 乾, 瞭) are left out:
 * a wrong guess is worse than no change. Each string is pairs of traditional then simplified.
 */
const PAIRS = [
  // documents and registration
  '證证戶户護护號号碼码補补辦办遺遗遷迁駕驾駛驶簽签註注冊册書书紙纸張张檔档',
  '錄录記记籤签標标誌志臨临時时續续換换發发領领過过舊旧損损壞坏掛挂丟丢銷销廢废屬属',
  '親亲兒儿婦妇媽妈爺爷歲岁齡龄嬰婴養养監监撫抚離离結结變变錯错誤误歷历',
  // police, traffic and fraud
  '車车輛辆輪轮託托機机農农違违規规罰罚檢检驗验測测試试練练滿满減减闖闯燈灯紅红綠绿',
  '黃黄傷伤賠赔償偿責责禍祸報报騙骗詐诈錢钱銀银賬账帳账轉转匯汇盜盗搶抢撿捡尋寻',
  '蹤踪賭赌槍枪偽伪製制黨党團团夥伙舉举鑰钥險险貸贷稅税財财產产權权幣币',
  // places and offices
  '區区縣县鄉乡鎮镇東东門门關关廳厅處处際际陸陆灣湾臺台遼辽寧宁嶺岭爾尔鐵铁飛飞場场',
  '館馆醫医療疗學学習习實实網网絡络郵邮遞递費费價价貴贵額额預预約约櫃柜',
  // common function and question characters
  '這这個个們们麼么嗎吗還还沒没說说話话問问題题開开對对從从來来會会樣样為为於于與与',
  '當当長长將将業业務务應应該该現现點点請请謝谢認认識识讀读寫写聽听頭头臉脸隨随須须',
  '帶带攜携幾几進进選选擇择邊边範范圍围華华語语體体讓让給给間间紹绍傳传則则條条頁页',
  '順顺顧顾響响鐘钟運运導导遠远達达聯联繫系係系衛卫雲云電电動动線线單单總总準准備备',
  '簡简蓋盖顯显類类項项詢询訊讯員员幫帮營营貨货閱阅覽览裡里裏里後后氣气陽阳陰阴髮发',
  '專专雙双獨独數数據据職职勞劳資资啟启劃划辭辞戲戏劇剧災灾燒烧裝装彈弹亂乱難难歡欢',
  '參参軍军國国內内歸归齊齐鄰邻憑凭殘残壽寿戰战懷怀無无獲获剛刚兩两廠厂廣广買买賣卖債债樓楼',
  '騎骑夠够級级紀纪終终緊紧貼贴擔担糧粮種种麥麦熱热溫温濕湿樹树雞鸡糾纠紛纷罵骂鬥斗漢汉',
];

/** Map from each traditional character to its simplified form. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of PAIRS) {
    const chars = [...line];
    for (let i = 0; i + 1 < chars.length; i += 2) {
      const [from, to] = [chars[i] as string, chars[i + 1] as string];
      if (from !== to) map.set(from, to);
    }
  }
  return map;
})();
