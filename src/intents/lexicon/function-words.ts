import { wordSet } from './word-list.js';

/**
 * Words that carry no entity text on their own: articles, pronouns, auxiliaries, politeness.
 * They separate name spans ("users AT Contoso please") and are never spell-corrected into
 * domain words.
 */
export const STOP_WORDS = wordSet(`
  results result entries rows records items id ids turn take bring keep put run made happen lot lots
  load monthly weekly yearly quarterly annual annually asked asks spent spends wants wanted
  needs needed said says bought buys owns owned pays paid uses requested reported mentioned told
  tells exists existed joined gets say look looks looking exist mean means seem seems moved move
  done finished
  happened went came come comes
  a an the for at of in on to from with by about into under within inside per as via across
  over than onto regarding please pls plz plez pleas kindly could would can will shall should
  may might must you your u ur i me my mine we us our ours is are am was were be been being do
  does did done have has had having and or but so if then also too just now currently current
  again all any some every each only what which who whom whose when where why how many much
  there here like want wanted need needs let quick quickly real asap up out off down um uh hmm
  btw very really actually exactly know able possible go going got oh well lol bot agent
  assistant copilot it its this that these those their them they his her he she not no yes hey
  hi ok okay thanks thank whether either both same other else own yet still right immediately
  today one ones something anything everything stuff thing things item items kind sort type
  list details detail info existing specific particular exact full complete entire named
  called titled labeled labelled hello guys folks mate buddy sir maam boss urgent urgently
  fast wanna gonna gotta hence thus etc eg ie vs lemme gimme tho though already ever even more
  most anyone someone anybody somebody whats cheers thx ty mind wondering wonder hoping hope grateful fyi btw
`);

/** Prepositions that introduce a name ("users AT Contoso", "usage FOR Fabrikam"). */
export const NAME_PREPOSITIONS = wordSet(`
  @
  for at of from in on with under to about by regarding inside within belonging
`);

/**
 * Common English words that are close to a domain word but mean something else ("sets" is not
 * a typo of "seats"): the spelling corrector leaves them alone.
 */
export const COMMON_WORDS = wordSet(`
  sets seat uses used then than there where were here hear well tell sell else team term form
  from rules rule holds note notes rate date data last list lost most must past post plan plus
  sure some same save safe sale side size site state stats start step shop ship snow slow flow
  fill file fine five fire first firm world word work works bank book base case cash coffee
  house wide blue city power light fourth research design graphic school art best organics
  adventure importers airlines yonder traders travel insurance publishing winery college video
  toys messenger consolidated consultants group holdings labs systems solutions partners
  partner services service ltd inc llc gmbh corp corporation limited industries international
  global worldwide health medical clinic hospital foods food motors energy logistics retail
  bakery brewing studio studios media press software hardware tech technologies digital north
  south east west wind grove wood alpine ski fabric margie humongous lucerne trey wingtip
  tailspin litware proseware fabrikam contoso northwind adatum woodgrove relecloud coho munson
  southridge vanarsdel bellows datum phone name names mail email emails seen seem sees feel
  deal deals real read ready rest test text next less loss lose close clone alone along role
  roll hole whole user usual cost costs coast host hosts other order older offer after often
  over ever even every lead leads load reads seed need feed weed week weeks month months year
  years days day hour hours quarter today yesterday tomorrow show shows shown stop stops store
  stores story sort short sport support report import export sent send spent spend went want
  wants what that this thus these those them they their three four nine line lines like likes
  life wife time times tile tiles title titles free tree trees true plans plants plant planet
  please pleased place places price prices prize pride write wrote white quite quiet quit suit
  suite suites bill bills billed build built guild skill skills still till will wall walls
  call calls called calling all ball fall tall hall mall small access across process address
  dress express office officer offices orders border borders boarder record records gave have
  wave give live love move moved more mode code codes node nodes vote late later latest water
  winter actor factor sector doctor sales scale scales stale style roles rolls tools pools
  pool tool cool pass paste passed passing pause cause because users useful count country
  county counts account accounts amount mount fount found round sound around ground renew
  review reviews preview view views new news few knew crew grew drew manage manager managers
  message messages usage sausage damage image images stage page pages wage wages age ages edge
  badge judge engage range change charge charges large marge merge barge lager layer player
  payer prayer mayer meyer tenants tenant tent tenth content context contact contacts contract
  contracts contrast control controls cancer dancer answer answers sign signs signal assign
  assigned resign align benign login logging begin begins beginning
`);

/**
 * Nouns that name a field of a record. They are never a customer name on their own ("the
 * billing address of Tailspin Toys"), though a capitalised one can be inside one.
 */
export const FIELD_NOUNS = wordSet(`
  address addresses email emails e-mail mail phone telephone mobile location contact contacts
  number name names surname
`);

/**
 * The words the spelling corrector corrects towards: the words people actually mistype in
 * requests. Rare synonyms ("browse", "seek") are left out on purpose, so a correct English word
 * ("brown") is not "corrected" into one of them.
 */
export const CORRECTION_TARGETS = wordSet(`
  customer customers client clients tenant user users account accounts password reset delete
  remove restore subscription subscriptions license licenses licence licences seat seats order
  orders benefit benefits usage utilization utilisation consumption report offer offers catalog
  catalogue category categories referral referrals profile billing company details information
  show list display search find create update change suspend reactivate activate rename nickname
  renewal renewals renew expiring expire connection connect disconnect status notification
  notifications notify unsubscribe subscribe directory role roles admin administrator global
  helpdesk security exchange sharepoint teams azure microsoft office dynamics visual studio
  support training daily hourly month months week weeks year quarter today yesterday january
  february march april june july august september october november december previous deleted
  available unassigned assigned quantity increase decrease reduce partner organization help
  cancel confirm more next page please history changes audit members member premium business
  essentials enterprise standard basic access paying reseller credits reminders reminder changed
  happened connect connected thanks disconnect referral unassign suspended expired activity hello
  morning afternoon evening greetings alerting alert
`);

/**
 * Everyday English words that are not a customer name when typed in lower case on their own
 * ("by mistake", "he left the team", "if it still exists"). A capitalised or multi-word name
 * ("Fourth Coffee", "Team Rubicon") is still a name.
 */
export const NOT_NAMES = wordSet(`
  mistake mistakes team teams way ways time times thing people person problem problems issue
  issues ticket tickets question questions request requests error errors caller callers
  prospect prospects deletion deletions asked ask asks left right wrong exists exist existed
  still spent spend gone broken working works worked anymore anyway again later earlier soon
  yet maybe perhaps please thanks sorry hello hey guys folks everyone someone somebody anyone
  him her them they he she us we me mine yours ours theirs new old same other another next
  last first second third total number amount lot lots bunch few several many much more less
  best better good great bad fine okay ok sure quick fast slow urgent important today tonight
  tomorrow yesterday week month year day morning afternoon evening night now then here there
  everything nothing something anything all any some none each every both either neither
  list lists view views page pages report reports result results detail details info data
  stuff things item items kind sort type types part parts piece section area areas place
  places office work job jobs task tasks project projects plan plans case cases side end start
  top bottom front back home world life help support service services system systems app apps
  tool tools site sites portal dashboard screen button link links email emails mail message
  messages chat call calls meeting meetings note notes doc docs file files folder account
  accounts access login password passwords name names address phone company business org
  organization organisation customer customers client clients tenant tenants user users
  subscription subscriptions license licenses licence licences seat seats order orders offer
  offers price prices cost costs money budget invoice invoices bill bills payment payments
  usage status state reason reasons change changes update updates version versions
  someone's everyone's morning's exactly really actually basically literally definitely
  probably possibly currently recently already always never sometimes often usually
`);
