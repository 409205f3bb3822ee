package language

import (
	"strings"
	"testing"
)

// Sample paragraphs written for these tests, one per language.
var langSamples = map[string]string{
	"en": "The council said on Monday that it would not raise the fares this year, but the plan has been criticised by riders who say that the buses are late and that they have waited for more than an hour in the cold.",
	"de": "Die Stadt hat am Montag mitgeteilt, dass sie die Preise in diesem Jahr nicht erhöhen wird. Viele Fahrgäste sind aber mit dem Angebot nicht zufrieden, weil die Busse oft zu spät kommen und man auf der Strecke noch lange warten muss.",
	"fr": "La mairie a annoncé lundi qu’elle n’augmenterait pas les tarifs cette année, mais le projet est critiqué par des usagers qui disent que les bus sont en retard et qu’ils ont attendu plus d’une heure dans le froid.",
	"es": "El ayuntamiento dijo el lunes que no subirá las tarifas este año, pero el plan ha sido criticado por los usuarios, que dicen que los autobuses llegan tarde y que han esperado más de una hora en el frío de la mañana.",
	"it": "Il comune ha detto lunedì che non aumenterà le tariffe quest’anno, ma il piano è stato criticato dagli utenti, che dicono che gli autobus sono in ritardo e che hanno aspettato più di un’ora al freddo della mattina.",
	"pt": "A prefeitura disse na segunda-feira que não vai aumentar as tarifas este ano, mas o plano foi criticado pelos passageiros, que dizem que os ônibus estão atrasados e que esperaram mais de uma hora no frio da manhã.",
	"nl": "De gemeente heeft maandag gezegd dat de tarieven dit jaar niet omhoog gaan, maar het plan wordt bekritiseerd door reizigers die zeggen dat de bussen te laat zijn en dat ze meer dan een uur in de kou hebben gewacht.",
	"pl": "Urząd miasta poinformował w poniedziałek, że w tym roku nie podniesie cen biletów, ale plan jest krytykowany przez pasażerów, którzy mówią, że autobusy się spóźniają i że czekali na przystanku ponad godzinę na mrozie.",
	"ru": "Мэрия заявила в понедельник, что в этом году не будет повышать цены на проезд, но пассажиры критикуют план и говорят, что автобусы опаздывают.",
	"uk": "Міська рада заявила в понеділок, що цього року не підвищуватиме ціни на проїзд, але пасажири критикують план і кажуть, що автобуси запізнюються.",
	"bg": "Общината съобщи в понеделник, че тази година няма да вдига цените на билетите, но пътниците критикуват плана и казват, че автобусите закъсняват със часове във всички квартали.",
	"sr": "Градска управа је у понедељак саопштила да ове године неће подизати цене карата, али путници критикују план и кажу да аутобуси касне.",
	"el": "Ο δήμος ανακοίνωσε τη Δευτέρα ότι δεν θα αυξήσει τις τιμές των εισιτηρίων φέτος, αλλά οι επιβάτες επικρίνουν το σχέδιο.",
	"he": "העירייה הודיעה ביום שני כי לא תעלה השנה את מחירי הכרטיסים, אך הנוסעים מבקרים את התוכנית ואומרים שהאוטובוסים מאחרים.",
	"ar": "أعلنت البلدية يوم الاثنين أنها لن ترفع أسعار التذاكر هذا العام، لكن الركاب ينتقدون الخطة ويقولون إن الحافلات تتأخر.",
	"fa": "شهرداری روز دوشنبه اعلام کرد که امسال قیمت بلیت\u200cها را افزایش نمی\u200cدهد، اما مسافران از این برنامه انتقاد می\u200cکنند و می\u200cگویند اتوبوس\u200cها دیر می\u200cآیند.",
	"ko": "시청은 월요일 올해 요금을 올리지 않겠다고 밝혔지만, 승객들은 버스가 늦게 온다며 계획을 비판하고 있다.",
	"ja": "市役所は月曜日、今年は運賃を値上げしないと発表したが、乗客はバスが遅れると言って計画を批判している。",
	"zh": "市政府周一表示，今年不会提高票价，但乘客批评这一计划，说公共汽车经常晚点，在寒冷中等了一个多小时。",
	"th": "ศาลาว่าการเมืองประกาศเมื่อวันจันทร์ว่าจะไม่ขึ้นค่าโดยสารในปีนี้ แต่ผู้โดยสารวิจารณ์แผนดังกล่าว",
	"hi": "नगर निगम ने सोमवार को कहा कि वह इस साल किराया नहीं बढ़ाएगा, लेकिन यात्री योजना की आलोचना कर रहे हैं।",
}

func TestDetectLanguage(t *testing.T) {
	for lang, text := range langSamples {
		if got := Detect([]string{text}); got != lang {
			t.Errorf("Detect(%s sample) = %q", lang, got)
		}
	}
	tests := []struct{ name, text string }{
		{"too short", "The end of it."},
		{"no function words", "Kyiv Moscow Berlin Paris London Madrid Rome Lisbon Amsterdam Warsaw Vienna Prague Budapest Athens Oslo"},
		{"half English, half German", langSamples["en"] + " " + langSamples["de"]},
		{"Spanish and Portuguese", langSamples["es"] + " " + langSamples["pt"]},
		{"a list of numbers", strings.Repeat("12 34 56 78 ", 40)},
		{"too few letters of a script", "Ода"},
	}
	for _, tt := range tests {
		if got := Detect([]string{tt.text}); got != "" {
			t.Errorf("%s: Detect = %q, want none", tt.name, got)
		}
	}
}

// TestDetectMixed checks texts of two scripts: the one most letters are
// in decides.
func TestDetectMixed(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a few Han letters in English", langSamples["en"] + " 東京 北京", "en"},
		{"English quoted in Russian", langSamples["ru"] + " " + langSamples["ru"] + " 'fares'", "ru"},
		{"more English than Russian", langSamples["ru"] + " " + langSamples["en"] + " " + langSamples["en"], "en"},
		{"Japanese with Latin words", langSamples["ja"] + " iPhone USB-C", "ja"},
	}
	for _, tt := range tests {
		if got := Detect([]string{tt.text}); got != tt.want {
			t.Errorf("%s: Detect = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	texts := []string{strings.Repeat(langSamples["fr"]+" ", 40)}
	for b.Loop() {
		Detect(texts)
	}
}

// FuzzDetect: any text gives "" or a language Detect knows.
func FuzzDetect(f *testing.F) {
	for _, s := range langSamples {
		f.Add(s)
	}
	known := map[string]bool{"": true, "ja": true, "zh": true, "be": true, "uk": true, "mk": true, "sr": true, "bg": true, "ru": true, "ur": true, "fa": true, "ar": true}
	for _, l := range languages {
		known[l] = true
	}
	for _, s := range scripts {
		known[s.lang] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Detect([]string{s, s}); !known[got] {
			t.Errorf("Detect(%q) = %q", s, got)
		}
	})
}
