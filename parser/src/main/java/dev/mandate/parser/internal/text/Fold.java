/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.mandate.parser.internal.text;

/**
 * Folds text for matching, one char for one char, so offsets in the folded text are offsets in the original.
 *
 * <p>Full-width ASCII (U+FF01–U+FF5E) becomes ASCII, the small and halfwidth forms of punctuation ({@code ﹒ ﹕ ､})
 * the punctuation they stand for, the ratio sign {@code ∶} a colon, the ideographic space a space, and the traditional forms of
 * the characters that the parser's vocabulary uses become simplified. The parser matches rules against folded text
 * and always reports the original text, so names and measure text keep the characters as written.
 */
public final class Fold {

  private static final char[] TABLE = new char[0x10000];
  private static final boolean[] SPACE = new boolean[0x10000];

  static {
    for (int c = 0; c < TABLE.length; c++) {
      TABLE[c] = (char) c;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      TABLE[c] = (char) (c - 0xFEE0);
    }
    // small and halfwidth forms of punctuation (﹒ ﹕ ﹔ ﹙ ､ ｡), the vertical presentation forms (︓ ︰), and the
    // ratio sign used as a colon (∶): each is one char of ASCII or CJK punctuation under compatibility mapping
    for (int c : new int[] {0xFE10, 0xFE11, 0xFE12, 0xFE13, 0xFE14, 0xFE15, 0xFE16, 0xFE35, 0xFE36, 0xFE39, 0xFE3A}) {
      foldCompatible(c);
    }
    for (int c = 0xFE50; c <= 0xFE6B; c++) {
      foldCompatible(c);
    }
    for (int c = 0xFF61; c <= 0xFF64; c++) {
      foldCompatible(c);
    }
    TABLE[0x2236] = ':';
    // the double prime quotation marks (〝 〞 〟) a converter or an old font writes for “ ”: a quote opened by one
    // and closed by the other is one quote, so brackets after it are read at their depth
    TABLE[0x301D] = '“';
    TABLE[0x301E] = '”';
    TABLE[0x301F] = '”';
    // a PDF's CJK punctuation extracted through a font that maps it into the Yi syllables (ꎬ ꎮ ꎻ for , 。 ;) and its
    // book-title marks as guillemets («…» for 《…》): what the text's sentences and titles are written with
    TABLE[0xA3AC] = ',';
    TABLE[0xA3AE] = '。';
    TABLE[0xA3BB] = ';';
    TABLE[0x00AB] = '《';
    TABLE[0x00BB] = '》';
    TABLE[0x3000] = ' ';
    TABLE[0x00A0] = ' ';
    // Traditional → simplified, for the characters of labels, headers, role words, units and numerals.
    String pairs =
        "責责單单牽牵頭头配配協协辦办門门實实務务項项時时間间備备註注進进展展況况內内與与爲为為为"
            + "級级區区縣县鎮镇鄉乡黨党員员會会長长參参處处點点這这條条標标準准數数萬万億亿兩两個个"
            + "戶户張张場场臺台台台畝亩噸吨輛辆牀床間间歲岁號号屆届輪轮週周體体內内領领導导負负責责"
            + "關关於于發发開开設设達达幾几餘余約约將将讓让應应對对廣广華华書书員员務务機机構构經经貿贸"
            + "計计劃划舉举據据織织權权溫温運运農农業业園园環环鄉乡濟济價价總总歸归屬属態态護护醫医療疗"
            + "實实衛卫認认證证齊齐雙双學学藝艺網网絡络線线電电話话號号點点費费資资預预報报財财稅税務务"
            + "區区縣县鎮镇單单位位門门辦办處处廳厅屬属構构組组隊队團团連连級级層层傳传統统類类實实"
            + "稱称裡里裏里減减壓压職职無无見见決决幣币內内於于業业務务創创設设"
            // the characters of column names, page furniture, agency suffixes and label shapes
            + "額额輸输規规審审術术遊游質质問问題题別别塊块專专編编說说現现狀状評评擔担執执掛挂鉤钩係系聯联殘残婦妇"
            + "僑侨銀银藥药養养視视氣气來来輯辑瀏浏覽览訪访閱阅讀读擊击詞词圍围檔档欄栏當当頁页補补貼贴營营調调檢检"
            + "監监紀纪險险災灾勞劳動动驗验測测廠厂鋼钢鐵铁礦矿產产車车東东獎奖買买賣卖貸贷隨随鄰邻陳陈陸陆僅仅儘尽"
            + "後后該该強强"
            // the characters of duty verbs, bodies and their offices in traditional pages (統籌, 轄區, 記, 幼兒園)
            + "籌筹轄辖記记兒儿揮挥範范幹干製制講讲觀观議议論论試试語语課课識识積积極极維维穩稳戰战爭争歷历習习樣样變变邊边遠远選选還还"
            + "過过遷迁鐘钟錢钱鏈链陽阳際际雜杂難难顧顾頒颁頻频顯显風风飛飞館馆驅驱齡龄龍龙優优儀仪儲储凍冻勵励彙汇徵征懲惩擁拥擴扩攜携"
            + "斷断暫暂榮荣樓楼橋桥殯殡滅灭潔洁澤泽爐炉燈灯獲获畫画異异盡尽碼码礎础禍祸禮礼種种窮穷競竞節节築筑簽签糧粮糾纠紅红紙纸細细"
            + "終终結结絕绝綜综綠绿緊紧緒绪縮缩績绩續续罰罚羅罗聞闻聲声肅肃興兴舊旧艱艰莊庄葉叶蘇苏複复裝装襲袭親亲覺觉觸触訂订討讨訓训"
            + "託托許许診诊詢询詳详誤误請请諮咨謝谢豐丰貢贡貧贫貨货賠赔購购贈赠趕赶趨趋跡迹軍军軟软載载輔辅輕轻較较轉转遞递違违適适遺遗"
            + "郵邮釋释鑒鉴鋪铺錄录閉闭陣阵隱隐雖虽離离靜静韓韩頂顶順顺須须頓顿顏颜飾饰駐驻騎骑黃黄嚴严確确壩坝濱滨灣湾壞坏藍蓝鬆松鹽盐"
            + "廢废懸悬擾扰攤摊撥拨擬拟斃毙滯滞濫滥瀕濒獨独盤盘礙碍禦御膠胶蓋盖衝冲貫贯賦赋贊赞蹤踪輿舆辭辞遜逊鄭郑鎖锁閥阀闖闯闢辟隸隶"
            + "雞鸡霧雾響响頸颈壽寿";
    for (int i = 0; i + 1 < pairs.length(); i += 2) {
      TABLE[pairs.charAt(i)] = pairs.charAt(i + 1);
    }
    for (int c = 0; c < SPACE.length; c++) {
      SPACE[c] = c == '\u3000' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF'
          || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  private Fold() {}

  /** Folds c to its compatibility form where that is one char (then folded again, full-width to ASCII). */
  private static void foldCompatible(int c) {
    String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
    if (d.length() == 1) {
      char f = d.charAt(0);
      TABLE[c] = f >= 0xFF01 && f <= 0xFF5E ? (char) (f - 0xFEE0) : f;
    }
  }

  /** The folded form of one char. */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** The folded form of a string; same length as the input. */
  public static String fold(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && TABLE[s.charAt(i)] == s.charAt(i)) {
      i++;
    }
    if (i == n) {
      return s; // nothing to fold: most text, and no copy
    }
    char[] out = new char[n];
    s.getChars(0, i, out, 0);
    for (int k = i; k < n; k++) {
      out[k] = TABLE[s.charAt(k)];
    }
    return new String(out);
  }

  /** Whether c is whitespace of any width (ASCII, U+3000, NBSP, zero-width space, BOM, Unicode spaces). */
  public static boolean isSpace(char c) {
    return SPACE[c];
  }

  /** s without leading and trailing whitespace of any width. */
  public static String trim(String s) {
    int e = trimEnd(s, 0, s.length());
    return s.substring(trimStart(s, 0, e), e);
  }

  /** The first index in {@code [from, to)} of s that is not whitespace, or {@code to}: where a trimmed range starts. */
  public static int trimStart(String s, int from, int to) {
    int b = from;
    while (b < to && isSpace(s.charAt(b))) {
      b++;
    }
    return b;
  }

  /** One past the last index in {@code [from, to)} of s that is not whitespace, or {@code from}: where it ends. */
  public static int trimEnd(String s, int from, int to) {
    int e = to;
    while (e > from && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Whether c is a CJK unified ideograph (the common block and extension A). */
  public static boolean isHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == '〇';
  }

  /** Whether every char of {@code s[b, e)} is Han (see {@link #isHan(char)}); true of an empty range. */
  public static boolean allHan(String s, int b, int e) {
    for (int i = b; i < e; i++) {
      if (!isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #trimStart(String, int, int)}, for text being built ({@code StringBuilder}). The String forms are kept
   * apart so that the scans asked of every line call {@code String.charAt} directly, not through the interface.
   */
  public static int trimStart(CharSequence s, int from, int to) {
    int b = from;
    while (b < to && isSpace(s.charAt(b))) {
      b++;
    }
    return b;
  }

  /** As {@link #trimEnd(String, int, int)}, for text being built. */
  public static int trimEnd(CharSequence s, int from, int to) {
    int e = to;
    while (e > from && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
