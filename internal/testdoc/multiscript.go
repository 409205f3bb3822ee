package testdoc

import "github.com/offprint/offprint/content"

// MultiScript is a specimen of every script offprint's PDF must print:
// Latin, Greek, Cyrillic, Chinese, Japanese, Korean, Devanagari, Arabic
// and Hebrew (with numbers and Latin words inside), and emoji (a ZWJ
// sequence and a flag among them). The embedded fonts draw the Latin,
// Greek, Cyrillic, Arabic and Hebrew; the rest needs the machine's fonts
// (Debian: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji).
func MultiScript() *content.Document {
	paras := []string{
		"Latin: the office staff affirmed five fjords; Vox, Taliban, We know AVA.",
		"Greek: Η γρήγορη καφέ αλεπού πηδά πάνω από τον τεμπέλη σκύλο.",
		"Cyrillic: Съешь же ещё этих мягких французских булок, да выпей чаю.",
		"Chinese: 我们的图书馆在二〇一九年开放了一个新的阅览室，欢迎所有读者前来参观和学习。这是一段比较长的中文文字，用来检查表意文字之间的换行是否正确。",
		"Japanese: 図書館は二〇一九年に新しい閲覧室を開きました。ひらがなとカタカナも混ざっています。",
		"Korean: 도서관은 2019년에 새로운 열람실을 열었습니다.",
		"Devanagari: पुस्तकालय ने 2019 में एक नया वाचनालय खोला।",
		"افتتحت مكتبة الإسكندرية يوم الأحد قاعة جديدة منذ عام 2019 مع Windows 10 للباحثين (مجانًا).",
		"שָׁלוֹם עולם, זה טקסט בעברית עם מספר 42 ומילה English בתוך משפט.",
		"Emoji: tea 🍵, smile 😀, flag 🇫🇷, family 👨‍👩‍👧.",
	}
	doc := &content.Document{Meta: content.Meta{Title: "Multi-script specimen", Language: "en"}}
	for _, p := range paras {
		doc.Blocks = append(doc.Blocks, &content.Paragraph{Inlines: content.T(p)})
	}
	content.AssignIDs(doc)
	content.NumberNotes(doc)
	return doc
}
