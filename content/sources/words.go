package sources

import (
	"strings"
	"sync"
)

// The word lists below are the only knowledge of English the pass has. They
// are sets of lower-cased words unless said otherwise.

// wordSet is a set of words, built the first time it is asked: the package
// costs nothing at program start (offprint --version, offprint check).
type wordSet struct{ words func() map[string]bool }

// set returns the set of the space-separated words.
func set(words string) wordSet {
	return wordSet{sync.OnceValue(func() map[string]bool {
		fields := strings.Fields(words)
		m := make(map[string]bool, len(fields))
		for _, w := range fields {
			m[w] = true
		}
		return m
	})}
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool { return s.words()[w] }

// speechVerbs introduce a quotation ("said", "told", "wrote").
var speechVerbs = set(`said says say told tells added adds noted notes wrote writes
explained explains argued argues continued continues asked asks replied replies
answered answers warned warns stated states recalled recalls insisted insists
acknowledged acknowledges admitted admits claimed claims declared declares
observed observes remarked remarks responded responds tweeted tweets posted
posts cautioned cautions conceded concedes countered counters suggested
suggests predicted predicts concluded concludes agreed agrees stressed stresses
emphasised emphasises emphasized emphasizes announced announces testified
testifies complained complains joked jokes mused muses quipped quips
recounted recounts reflected reflects shouted shouts whispered whispers
texted emailed confirmed confirms saying adding writing telling noting
explaining arguing warning insisting`)

// speechAux may stand between a speaker and the speech verb ("has said",
// "later told").
var speechAux = set(`has have had also later then previously once recently
earlier further would will simply only again repeatedly publicly privately
separately subsequently initially`)

// pronouns that can stand for a single, earlier named speaker.
var pronouns = set(`he she`)

// honorifics are dropped from names and do not make a role.
var honorifics = set(`mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir dame`)

// titles are capitalised words that can precede a name and make a role
// ("Russian President Vladimir Putin"). Abbreviations keep their period.
var titles = set(`president vice prime minister secretary chancellor senator sen.
rep. representative gov. governor mayor prof. professor gen. general col.
colonel lt. lieutenant capt. captain maj. major sgt. sergeant adm. admiral
cmdr. commander judge justice king queen prince princess pope rev. reverend
father rabbi imam sheikh ambassador commissioner chief ceo cfo coo chairman
chairwoman chair director speaker leader premier attorney inspector detective
sheriff coach archbishop bishop cardinal ayatollah emir spokesman
spokeswoman spokesperson secretary-general superintendent supt. insp. det.
pres. gov sen rep prof gen col lt capt maj sgt adm cmdr rev officer chancellor
minister-president deputy congressman congresswoman councilman councilwoman
councillor councilor lawmaker dean provost marshal`)

// roleWords are capitalised words found inside titles that are not names
// ("Secretary of State", "Foreign Minister").
var roleWords = set(`state states foreign defense defence interior finance treasury
health justice energy education commerce labor labour transport transportation
agriculture environment security homeland economy trade culture staff joint
chiefs armed intelligence national federal reserve supreme executive former
acting deputy vice interim senior first lady general affairs home prime
attorney public prosecution prosecutions`)

// orgWords mark a capitalised run as an organisation or place, never a person.
var orgWords = set(`inc inc. corp corp. corporation company co co. ltd ltd. llc plc
group bank association institute institution center centre university college
school ministry department council committee party watch house street times
news post journal agency service services organization organisation
foundation fund union court office police army navy force forces commission
authority board bureau project network international federation league
society trust capital partners holdings associates press reuters government
administration kremlin pentagon congress senate parliament assembly club
church hospital airlines airways motors technologies labs media magazine
review guardian telegraph herald tribune gazette museum library global
systems energy securities research analytics consulting studios studio
records pictures entertainment airport station city united republic kingdom
nations island islands mountains river sea ocean avenue square park hall
bridge county province region district valley coast bay gulf lake desert
brigade battalion regiment corps command guard council cabinet embassy
consulate tribunal prison festival olympics cup championship games war
revolution act bill treaty agreement accord initiative program programme
campaign movement front alliance coalition caucus fed bbc cnn nbc abc cbs
npr pbs afp ap therapeutics pharmaceuticals pharma biosciences bioscience
biotech health healthcare medical sciences software networks motors foods
brands industries enterprises solutions ventures financial insurance
robotics dynamics aerospace semiconductor semiconductors devices
instruments electronics communications telecom games resources mining oil
gas petroleum chemicals materials logistics airline railways railway
shipping realty properties hotels resorts restaurants stores markets
exchange partnership llp gmbh ag sa nv spa bv motor`)

// surnameOrgWords are organisation or place words that are also common
// surnames ("Helen Park", "Stuart Hall"): they count as name words.
var surnameOrgWords = set(`park hall church bank banks street house ford bell post
wood woods lake hill rivers cross bridge bridges court courts fields field
young price`)

// firmNames are well-known organisations named after people; as a
// speaker they are never a person.
var firmNames = set(`morgan_stanley goldman_sachs wells_fargo charles_schwab dow_jones
merrill_lynch lehman_brothers jp_morgan bank_of_america ernst_young
johnson_johnson procter_gamble walt_disney louis_vuitton ralph_lauren
calvin_klein estée_lauder hugo_boss christian_dior tommy_hilfiger
warner_bros paramount_pictures rolls_royce mercedes_benz aston_martin
harley_davidson hewlett_packard baker_mckenzie sullivan_cromwell
cantor_fitzgerald raymond_james edward_jones thomson_reuters`)

// stopCaps are capitalised words that are not names: function words that
// start sentences, pronouns, months and days, compass points.
var stopCaps = set(`the a an and but or nor so yet for in on at to of by with from
as if when while though although because since after before until unless
once then now still also even only just indeed however meanwhile moreover
instead rather this that these those it its he she they we i you his her
their our my your there here what who whom whose why how where which some
many most more much several few all both each every any no not one two three
four five six seven eight nine ten first last next another other such
january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday today
yesterday tomorrow north south east west northern southern eastern western
central new old great upper lower according asked said says enter take
despite during over under into about between among against without within
across through around like unlike let yes oh well please thanks thank dear
sources source update updated editor editors note photo photos image read
more watch listen`)

// particles may appear inside a name ("Ursula von der Leyen").
var particles = set(`von van der den de da del della di du la le bin ibn al el dos das ter ten y`)

// nameSuffixes may end a name ("Martin Luther King Jr.").
var nameSuffixes = set(`jr jr. sr sr. ii iii iv`)

// roleNouns head an appositive or a lowercase prefix that states a role
// ("the director of research", "an analyst", "Kremlin spokesman").
var roleNouns = set(`director analyst fellow professor researcher spokesman
spokeswoman spokesperson minister president official officer executive chief
head leader founder cofounder co-founder author co-author coauthor co-leader economist scientist expert
lawyer attorney resident member chair chairman chairwoman manager editor
reporter correspondent journalist teacher student doctor nurse physician
surgeon mother father son daughter wife husband sister brother grandmother
grandfather owner worker farmer soldier commander general colonel captain
lieutenant sergeant officer scholar historian lecturer dean principal
candidate senator representative governor mayor secretary ambassador envoy
adviser advisor consultant strategist specialist coordinator organiser
organizer activist advocate campaigner volunteer employee engineer designer
developer producer writer novelist poet artist musician singer actor actress
player coach captain judge prosecutor detective investigator inspector
sheriff deputy negotiator diplomat lawmaker legislator congressman
congresswoman councillor councilor commissioner administrator president-elect
vice-president ceo cfo coo cto partner associate fellow chaplain priest
pastor rabbi imam bishop cleric spokesperson representative delegate
survivor witness victim eyewitness veteran refugee migrant resident
neighbor neighbour friend colleague activist director-general
secretary-general superintendent trustee treasurer president chancellor
provost economist pollster demographer epidemiologist virologist
psychologist psychiatrist sociologist anthropologist political scientist
physicist chemist biologist geologist meteorologist climatologist analyst
instructor tutor graduate undergraduate postdoc intern entrepreneur investor
banker trader broker accountant auditor architect planner contractor
builder driver pilot firefighter paramedic medic officer guard
commentator columnist critic blogger podcaster host anchor presenter
broadcaster photographer filmmaker director-general mp mep chief-of-staff
aide assistant clerk cashier vendor landlord tenant commuter rider passenger
customer shopper voter parent grandparent retiree pensioner homeowner
shopkeeper midwife chef cook waiter waitress mechanic electrician plumber
carpenter fisherman miner welder janitor cleaner nanny caregiver carer
spokesman spokeswoman official senior junior freshman sophomore
quarterback fullback full-back halfback half-back fly-half scrum-half
shortstop cornerback tailback linebacker jockey champion rookie goalie
striker winger defender midfielder goalkeeper keeper flanker
batsman bowler pitcher catcher skipper agent teammate team-mate classmate
housemate flatmate schoolmate bandmate co-star castmate pundit tycoon
mogul socialite star superstar billionaire millionaire comedian chef poet
mum dad grandmother grandfather grandad granddad nan creator inventor curator
narrator supervisor surveyor counsellor counselor mentor donor benefactor
conductor operator moderator collector contributor educator navigator
proprietor realtor regulator solicitor successor predecessor translator
warden sailor doctor governor`)

// notPersonNouns end like role nouns ("-er", "-man") but are not people.
var notPersonNouns = set(`german human roman center centre river border water number
letter order paper corner quarter matter power tower chapter computer
weather winter summer manner banner barrier shelter theater theatre
container trailer tractor meter metre liter litre layer filter former
latter other another whether however never ever rather together after under
over later further either neither whatever wherever whoever daughter-in-law
answer corner cancer disaster character register semester september october
november december her per super`)

// howArticles start a phrase that says how a statement was made ("in a
// video address", "at a news conference").
var howArticles = set(`a an the his her their its`)

// timeWords end a "how" phrase ("in a video address Monday").
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday
today yesterday tonight last this next earlier later on after before when
while during that which as and but in at of`)

// toldObjects are lower-case audiences of "told" that say how ("told
// reporters" → remarks to reporters).
var toldObjects = set(`reporters journalists lawmakers legislators parliament
congress senators supporters crowds students`)

// cueWords before a quotation mean it names or labels something rather than
// quoting speech ("so-called “…”", "a book titled “…”").
var cueWords = set(`so-called called dubbed titled entitled named termed
nicknamed headlined labeled labelled branded read reads reading marked
stamped phrase term word slogan hashtag motto song book film movie
album novel poem show series episode play article essay column op-ed
headline report podcast documentary banner sign signs chant chanted chanting
chants known`)

func lower(s string) string { return strings.ToLower(s) }

var femaleNouns = set(`mother daughter wife sister grandmother granddaughter aunt niece
stepmother stepdaughter widow fiancée fiancee girlfriend actress waitress
businesswoman chairwoman spokeswoman congresswoman councilwoman policewoman
sportswoman queen princess duchess countess lady dame nun girl woman`)

var maleNouns = set(`father son husband brother grandfather grandson uncle nephew
stepfather stepson widower fiancé fiance boyfriend actor waiter businessman
chairman spokesman congressman councilman policeman sportsman king prince
duke count lord sir monk boy man`)

// genderOf returns 'f' or 'm' when a noun says so ("daughter",
// "spokesman"), or 0.
func genderOf(noun string) byte {
	w, _ := stripPossessive(lower(noun))
	switch {
	case femaleNouns.has(w):
		return 'f'
	case maleNouns.has(w):
		return 'm'
	}
	return 0
}
