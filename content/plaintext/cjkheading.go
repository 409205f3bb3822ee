package plaintext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/offprint/offprint/content/language"
)

// Headings in Chinese, Japanese and Korean text. These scripts set no
// spaces between words and have no capital letters, so the rules of
// headingRule, which count space-separated words and want a capital
// first, refuse every heading there. A reader of such text sees a heading
// the same way, though: a short line that ends no sentence, set apart
// from the paragraphs around it.

// The rule names of this file (see the package doc).
const (
	ruleHeadingCJK     = "heading-cjk-short"
	ruleCJKOverFigures = "cjk-heading-over-figures"
)

// cjkText reports whether s is written in Chinese, Japanese or Korean:
// it has two CJK letters or more, and at least half as many as letters
// of other scripts ("Pythonの型とは？" is; "IIJmio meeting 23プログラム",
// a name with a Japanese word, is not).
func cjkText(s string) bool {
	cjk, other := 0, 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf { // ASCII, most of most lines
			if asciiLetter(b) {
				other++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case language.IsCJK(r):
			cjk++
		case unicode.IsLetter(r):
			other++
		}
	}
	return cjk >= 2 && 2*cjk >= other
}

// textWords counts the words of s as the heading rules do (see words):
// each space-separated word counts one, a run of CJK characters one word
// for two characters. For text without CJK letters it is
// article.WordCount.
func textWords(s string) int {
	n, cjk, in := 0, 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if isSpaceRune(r) {
			if in {
				n += max(1, cjk/2)
			}
			cjk, in = 0, false
			continue
		}
		in = true
		if language.IsCJK(r) {
			cjk++
		}
	}
	if in {
		n += max(1, cjk/2)
	}
	return n
}

// isSpaceRune is unicode.IsSpace, with ASCII answered at once (the
// reader counts the words of every line).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// cjkSentenceEnd reports whether r ends a sentence in CJK text: the
// ideographic full stop and the full-width full stop, exclamation and
// question marks.
func cjkSentenceEnd(r rune) bool { return strings.ContainsRune("。．！？", r) }

// cjkClosers are the closing brackets and quotation marks of CJK text,
// skipped at a line's end to find its last mark ("…でしょう。」").
const cjkClosers = "」』）】〕〉》］｝"

// cjkLastRune returns the last rune of s after closing quotes and
// brackets, Western or CJK, are skipped, or 0.
func cjkLastRune(s string) rune {
	s = strings.TrimRight(s, "\"'”’»)]"+cjkClosers)
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// cjkInnerSentence reports whether a sentence ends inside s, CJK text: a
// sentence mark ("。", "！", "？" or their ASCII forms after a CJK
// letter) with more text after it than closing brackets, unless a
// particle follows the mark, which quotes a phrase ("何て言う？の右側").
func cjkInnerSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'”’»)]"+cjkClosers+"。．！？!?")
	prev, inner := rune(0), false
	for _, r := range s {
		if particle(r) && (cjkSentenceEnd(prev) || prev == '!' || prev == '?') {
			inner = false // "何て言う？の右側": a quoted question, the sentence goes on
		}
		if inner {
			return true
		}
		inner = cjkSentenceEnd(r) || (r == '!' || r == '?') && language.IsCJK(prev)
		prev = r
	}
	return false
}

// cjkHeadingRule returns heading-cjk-short when s, a line of CJK text
// (cjkText), reads as a heading on its own, else "": at most
// maxHeadingRunes characters and maxUnpunctuatedWords words (a CJK
// character counting half a word, textWords), no sentence ending inside
// it, and it ends without punctuation ("あらすじ・内容", "再び、Helvetica
// に恋に落ちる") or is a question of at most maxQuestionWords words
// ("ブール型って？"). A line ending with "。", "！", a comma, a colon or
// an ellipsis is a sentence or leads into what follows.
func cjkHeadingRule(s string) string {
	if runeCount(s) > maxHeadingRunes || !wordy(s) || quantity(s) {
		return ""
	}
	if textWords(s) > maxHeadingWords || cjkInnerSentence(s) {
		return ""
	}
	switch r := cjkLastRune(s); {
	case r == '？' || r == '?':
		if textWords(s) <= maxQuestionWords {
			return ruleHeadingCJK
		}
	case r == 0 || strings.ContainsRune(".!。．！、，,；;：:…‥-–—～~・", r):
	default:
		return ruleHeadingCJK
	}
	return ""
}

// The rule names of the CJK context checks (see cjkBlock).
const (
	ruleCJKFirst  = "cjk-heading-under-title"
	ruleCJKBlock  = "cjk-heading-in-block"
	ruleCJKLabel  = "cjk-label-line"
	ruleCJKPolite = "cjk-polite-sentence"
	ruleCJKBullet = "cjk-bullet-line"
	ruleCJKByline = "cjk-byline-line"
	ruleCJKCapt   = "cjk-caption-line"
	ruleCJKUI     = "cjk-interface-line"
	ruleCJKNoPair = "cjk-no-sub-heading"
	ruleCJKEnd    = "cjk-end-mark"
)

// cjkEndMarks end a story or an article in Japanese and Chinese ("the
// end", "end of text"): the line closes the text above it, it heads
// nothing.
var cjkEndMarks = []string{"おしまい", "おわり", "終わり", "以上", "全文完", "本文完"}

// cjkInterface are the words of a page's buttons, links and ads in
// Chinese, Japanese and Korean: a line that is one of them, or ends with
// one of three characters or more, is the page's, not a section's head
// ("広告", "続きを読む", "この記事をシェアする", "查看更多", "分享到").
var cjkInterface = []string{
	"広告", "シェア", "ツイート", "いいね", "ブックマーク", "印刷", "スポンサーリンク",
	"続きを読む", "次のページへ", "前のページへ", "シェアする", "をシェア", "もっと見る", "一覧へ",
	"トップへ戻る", "に戻る", "へ戻る", "あわせて読みたい", "カートに入れる",
	"广告", "返回", "打印", "收藏", "点赞", "查看更多", "阅读全文", "分享到", "扫一扫",
	"上一篇", "下一篇", "点击查看大图", "点击进入",
	"광고", "댓글", "더보기", "공유하기",
}

// cjkBylineLeads open a byline in Chinese and Japanese: the reporter, the
// author, the text's or the interview's writer ("记者 张三", "文／山田太郎",
// "取材・文 佐藤").
var cjkBylineLeads = []string{"记者", "記者", "作者", "撰文", "文／", "文/", "文・", "文：", "通讯员", "特约记者", "取材・文", "執筆", "筆者"}

// cjkCaptionLeads open a picture's caption in Chinese and Japanese: "图为"
// (the picture shows), "上图" (above), "写真は" (the photo is).
var cjkCaptionLeads = []string{"图为", "图片", "上图", "下图", "左图", "右图", "資料写真", "写真は", "写真右", "写真左", "画像は", "イメージ画像"}

// politeEndings are the endings of a Japanese sentence in the polite
// style; a line ending so is a sentence that lost its stop ("写真はイメー
// ジです", "フォローリストを編集しました"), where a heading is a noun
// phrase or a plain-style clause.
var politeEndings = []string{"です", "ます", "ました", "ません", "でした", "ください"}

// cjkBullets open an item of a list or a note, not a heading: the
// katakana middle dot, the reference mark and the bullet.
const cjkBullets = "・※•"

// maxCJKLabelRunes is the longest label before a full-width colon that
// makes a line a label and its value ("图注：…", "出国前：…").
const maxCJKLabelRunes = 4

// cjkBlock keeps the CJK heading candidates (heading-cjk-short) that
// their place or their words show to be no heading in their runs, but
// heading nothing (see headings' blocked): a line over 10 words
// (long-unpunctuated); the body's first line, right under the headline,
// its byline or standfirst (cjk-heading-under-title); a line written
// right against a short line above or below it that ends with no full
// stop (listLike), with no blank line between: an item of a list or of a
// table of contents ("1章 コンピュータ的に考える：始めよう" over "分解す
// る", cjk-heading-in-block); a short label and a full-width colon, a
// caption's or a field's ("图注：…", cjk-label-line); a Japanese sentence
// in the polite style without its stop (cjk-polite-sentence, see
// politeEndings); an item opened by a bullet or a note's mark ("・",
// "※": cjk-bullet-line); a byline ("记者 张三": cjk-byline-line, see
// cjkBylineLeads); a picture's caption ("图为…", "写真は…":
// cjk-caption-line, see cjkCaptionLeads); a button's, a link's or an
// ad's words ("広告", "分享到": cjk-interface-line, see cjkInterface);
// and a story's end mark ("おしまい", "全文完": cjk-end-mark, see
// cjkEndMarks).
func (c *classifier) cjkBlock(content []int, cand []string, blocked map[int]bool) {
	for k, i := range content {
		if cand[k] != ruleHeadingCJK || blocked[k] {
			continue
		}
		r := ""
		switch {
		case c.lineWords(i) > maxUnpunctuatedWords:
			r = ruleLongUnpunctuated // a caption, or a standfirst, that lost its full stop
		case k == 0:
			r = ruleCJKFirst
		case c.adjacent(content[k-1], i) && c.listLike(content[k-1]),
			k+1 < len(content) && c.adjacent(i, content[k+1]) && c.listLike(content[k+1]):
			r = ruleCJKBlock
		case cjkLabel(c.text(i)):
			r = ruleCJKLabel
		case politeSentence(c.text(i)):
			r = ruleCJKPolite
		case strings.ContainsRune(cjkBullets, firstRune(c.text(i))):
			r = ruleCJKBullet
		case hasAnyPrefix(c.text(i), cjkBylineLeads):
			r = ruleCJKByline
		case hasAnyPrefix(c.text(i), cjkCaptionLeads):
			r = ruleCJKCapt
		case interfaceLine(c.text(i)):
			r = ruleCJKUI
		case slices.Contains(cjkEndMarks, strings.Trim(c.text(i), "（）()【】[]-－ 　")):
			r = ruleCJKEnd
		default:
			continue
		}
		blocked[k] = true
		c.res[i][0].Rule = r
	}
}

// cjkLabel reports whether s opens with a label of at most
// maxCJKLabelRunes characters and a full-width colon, with text after it.
func cjkLabel(s string) bool {
	label, rest, ok := strings.Cut(s, "：")
	return ok && rest != "" && runeCount(strings.TrimSpace(label)) <= maxCJKLabelRunes
}

// cjkAfterHeadings turns back into paragraphs the headings in CJK text
// (cjkText, whatever rule made them) that their neighbours show to be
// none. A heading over a line of figures (see figures) labels a price, a
// date or a count of the page and heads no section ("付与コイン" over
// "8/15 (月) 09:59まで", "付与コインの内訳" over "480コイン":
// cjk-heading-over-figures). A short line paired under a heading
// (heading-pair) is its deck, text and not a second heading: Chinese and
// Japanese pages set a section's head over a one-line summary ("关注点多与
// 所学专业相关" over "法学专业热议法定婚龄 很多人关心供给侧改革"), and
// rarely nest two heads with nothing between (cjk-no-sub-heading).
func (c *classifier) cjkAfterHeadings(content []int) {
	for k, i := range content {
		it := &c.res[i][0]
		if it.Role == RoleHeading && it.Rule == ruleHeadingPair && cjkText(c.text(i)) {
			it.Role, it.Rule, it.level = RoleParagraph, ruleCJKNoPair, 0
			continue
		}
		if it.Role != RoleHeading || !cjkText(c.text(i)) || k+1 >= len(content) || !figures(c.text(content[k+1])) {
			continue
		}
		it.Role, it.Rule, it.level = RoleParagraph, ruleCJKOverFigures, 0
	}
}

// figures reports whether s holds a digit and more figures and signs
// than letters (see wordy: "8/15 (月) 09:59まで", "1,320円(税込)"), or
// is a quantity ("480コイン").
func figures(s string) bool {
	return strings.ContainsAny(s, "0123456789") && !wordy(s) || quantity(s)
}

// politeSentence reports whether s ends as a Japanese sentence in the
// polite style does (see politeEndings).
func politeSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]"+cjkClosers)
	for _, e := range politeEndings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s, after opening brackets and spaces,
// starts with one of the leads.
func hasAnyPrefix(s string, leads []string) bool {
	s = strings.TrimLeft(s, "（(【[「 　")
	for _, l := range leads {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// particle reports whether r is a Japanese particle that goes on from a
// quoted phrase: の, と, を, に, が, は, も, で.
func particle(r rune) bool { return strings.ContainsRune("のとをにがはもで", r) }

// quantity reports whether s is a number and its unit, at most
// maxUnitRunes characters ("51ページ", "480コイン", "2019年"): a figure,
// not a heading.
func quantity(s string) bool {
	t := strings.TrimLeft(s, "0123456789,.")
	return len(t) < len(s) && runeCount(strings.TrimSpace(t)) <= maxUnitRunes
}

// maxUnitRunes is the longest unit after a number (see quantity).
const maxUnitRunes = 4

// interfaceLine reports whether s, without brackets, arrows and spaces
// around it, is one of the cjkInterface words or ends with one of three
// characters or more.
func interfaceLine(s string) bool {
	s = strings.Trim(s, "（）()【】[]「」<>〈〉《》›»→▶ 　")
	for _, w := range cjkInterface {
		if s == w || runeCount(w) >= 3 && strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// listLike reports whether line i reads as an item of a list or a table
// of contents: no prose (see prose), and no full stop at its end. A
// short paragraph that ends with one ("これは短い段落です。") is text; an
// entry of a table of contents may end with "！" or "？" ("落ち着いて！").
func (c *classifier) listLike(i int) bool {
	return !c.prose(i) && !strings.ContainsRune("。．.", cjkLastRune(c.text(i)))
}
