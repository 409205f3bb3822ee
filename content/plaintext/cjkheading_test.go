package plaintext

import "testing"

func TestCJKHeadingRule(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"あらすじ・内容", ruleHeadingCJK},
		{"再び、Helveticaに恋に落ちる", ruleHeadingCJK},
		{"p.55、脳力発揮の答え", ruleHeadingCJK},
		{"ブール型って？", ruleHeadingCJK},
		{"p.7、何て言う？の右側3項目目", ruleHeadingCJK}, // a quoted question
		{"51ページ", ""}, // a quantity
		{"出国前后关注点大不同", ruleHeadingCJK},
		{"「Helvetica」は、おそらく世界で最もよく使われているフォントだろう。", ""}, // a sentence
		{"食と偉人を巡るほっこりストーリー、ただいま開店！", ""},               // an exclamation
		{"おめでとう！ 最初のPythonプログラムが書けました", ""},            // a sentence ends inside
		{"答え：", ""}, // leads into what follows
		{"そのうち見かけるでしょう。」", ""}, // a quoted sentence
		{"1,320円(税込)", ""},     // figures more than words
		{"ユーザの手が無効かどうかをどのように判断するのでしょうか？", ""},                    // a long question
		{"2020年の東京オリンピック・パラリンピックの開催などを見据え、フリーWi-Fiの設置が促進され", ""}, // over 15 words
	}
	for _, tt := range tests {
		if got := cjkHeadingRule(tt.s); got != tt.want {
			t.Errorf("cjkHeadingRule(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestCJKText(t *testing.T) {
	tests := []struct {
		s     string
		want  bool
		words int
	}{
		{"あらすじ・内容", true, 3},
		{"Pythonの型とは？", true, 2},
		{"IIJmio meeting 23プログラム", false, 4},
		{"What we know about ISIS now", false, 6},
		{"图", false, 1},
		{"ab 图图", true, 2},     // two CJK letters against two Latin ones
		{"abcde 图图", false, 2}, // five Latin letters are more than twice two
		{"É@[`{ 图图", true, 2},  // É is a letter; the ASCII signs next to A-Z and a-z are not
		{" tab\tand\vform\ffeed\r\n", false, 4},
		{"no\u00a0break and\u0085next line", false, 5}, // unicode.IsSpace's Latin-1 spaces
		{"bad \xff\xfe bytes", false, 3},
		{"", false, 0},
	}
	for _, tt := range tests {
		if got := cjkText(tt.s); got != tt.want {
			t.Errorf("cjkText(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if got := textWords(tt.s); got != tt.words {
			t.Errorf("textWords(%q) = %d, want %d", tt.s, got, tt.words)
		}
	}
}

func TestCJKHeadings(t *testing.T) {
	const (
		title = "あの有名フォントは、こうしてデジタル時代に生まれ変わった\n\n"
		lede  = "サンセリフの簡素な字形には「ユビキタス」という形容詞がぴったりで、ニューヨークの地下鉄の標識から企業のロゴまで、あらゆる場所で使われている。\n\n"
	)
	tests := []struct {
		name, input string
		line        int
		role, rule  string
	}{
		{"heading between paragraphs", title + lede + "再び、Helveticaに恋に落ちる\n\n" + lede, 5, RoleHeading, ruleHeadingCJK},
		{"question heading", title + lede + "ブール型って？\n\n" + lede, 5, RoleHeading, ruleHeadingCJK},
		{"sentence", title + lede + "理想はフォントがまったく主張しないことである。\n\n" + lede, 5, RoleParagraph, ruleParagraph},
		{"byline under the headline", title + "肖春芳\n\n" + lede + "再び、Helveticaに恋に落ちる\n\n" + lede, 3, RoleParagraph, ruleCJKFirst},
		{"table of contents", title + lede + "目次\n\n1章 コンピュータ的に考える：始めよう\n分解する\nコーディングの手順\n\n2章 単純な値、変数、型：値を知る\n犬年齢計算機のコーディング\n\n" + lede, 9, RoleParagraph, ruleTOCZone}, // the table of contents is found first (falsehead.go)
		{"first item of a list", title + lede + "連続する母音を無視する\n末尾のe、y、句読記号を取り除く\nスライスを利用する\n\n" + lede, 5, RoleParagraph, ruleCJKBlock},
		{"caption label", title + lede + "图注：奥尔德林的圣餐杯回到了地球上\n\n" + lede, 5, RoleParagraph, ruleCJKLabel},
		{"label over a date", title + lede + "付与コイン\n\n8/15 (月) 09:59まで\n\n" + lede, 5, RoleParagraph, ruleCJKOverFigures},
		{"circled number", title + lede + "①Visual Studio Code\n\n" + lede + "②TensorFlow\n\n" + lede, 5, RoleHeading, ruleHeadingShort},
		{"caption in the polite style", title + lede + "写真はイメージです\n\n" + lede, 5, RoleParagraph, ruleCJKPolite},
		{"bulleted item", title + lede + "・最初の項目\n\n" + lede, 5, RoleParagraph, ruleCJKBullet},
		{"note", title + lede + "※価格は税込みです\n\n" + lede, 5, RoleParagraph, ruleCJKPolite},
		{"note without a verb", title + lede + "※価格は税込み\n\n" + lede, 5, RoleParagraph, ruleCJKBullet},
		{"square-marked heading", title + lede + "■長期休暇における情報セキュリティ対策\n\n" + lede, 5, RoleHeading, ruleHeadingCJK},
		{"Chinese byline", title + lede + "记者 张三\n\n" + lede + "再び、Helveticaに恋に落ちる\n\n" + lede, 5, RoleParagraph, ruleCJKByline},
		{"Chinese caption", title + lede + "图为马素湘在澳大利亚悉尼游玩时的近影\n\n" + lede, 5, RoleParagraph, ruleCJKCapt},
		{"Chinese numbered section", title + lede + "一、关注点多与所学专业相关\n\n" + lede, 5, RoleHeading, ruleHeadingCJK},
		{"ad", title + lede + "広告\n\n" + lede, 5, RoleParagraph, ruleCJKUI},
		{"share button", title + lede + "この記事をシェアする\n\n" + lede, 5, RoleParagraph, ruleCJKUI},
		{"Chinese link", title + lede + "分享到\n\n" + lede, 5, RoleParagraph, ruleCJKUI},
		{"deck under a heading", title + lede + "关注点多与所学专业相关\n\n法学专业热议法定婚龄 很多人关心供给侧改革\n\n" + lede, 7, RoleParagraph, ruleCJKNoPair},
		{"end of the story", title + lede + "おしまい\n\n" + lede, 5, RoleParagraph, ruleCJKEnd},
		{"heading under a paragraph naming an account", title + lede + "当日ご参加の方のレポートをお待ちしています。記事を公開した方は@IIJmioまでお知らせください。\n\n" + "レポート・記事\n\n" + lede, 7, RoleHeading, ruleHeadingCJK},
		{"heading over a short paragraph, no blank lines", "あの有名フォントは生まれ変わった\nサンセリフの簡素な字形には「ユビキタス」という形容詞がぴったりで、あらゆる場所で使われている。\n再び、Helveticaに恋に落ちる\nこれは短い段落です。\nサンセリフの簡素な字形には「ユビキタス」という形容詞がぴったりで、あらゆる場所で使われている。\n", 3, RoleHeading, ruleHeadingCJK},
		{"long line", title + lede + "ログインせずにパーソナライズできるiPhoneの背景--アップル\n\n" + lede, 5, RoleParagraph, ruleLongUnpunctuated},
	}
	for _, tt := range tests {
		role, rule := lineDecision(t, tt.input, tt.line)
		if role != tt.role || rule != tt.rule {
			t.Errorf("%s: line %d is %s/%s, want %s/%s", tt.name, tt.line, role, rule, tt.role, tt.rule)
		}
	}
}

func TestFigures(t *testing.T) {
	for s, want := range map[string]bool{"480コイン": true, "1章 コンピュータ的に考える": false, "8/15 (月) 09:59まで": true, "1,320円(税込)": true, "【誤】": false, "p.55、脳力発揮の答え": false} {
		if got := figures(s); got != want {
			t.Errorf("figures(%q) = %v, want %v", s, got, want)
		}
	}
}
