import { phrases } from './word-list.js';

/**
 * The domain vocabulary: each concept is the set of words and phrases people use for one action
 * or one thing in Partner Center. Matching is on stems (see text/stem.ts) and longest phrase
 * first; a word written `=word` must match exactly (so "deleted" users is not the verb "delete").
 * Intent rules (rules/*.ts) speak only in these concepts, never in raw words.
 */
export const CONCEPTS = {
  // Actions
  show: phrases(`
    show | list | display | view | see | get | give | pull | pull up | bring up | fetch |
    print | enumerate | tell | read | retrieve | provide | output | open | check | look at |
    review | browse | go to | navigate to | share | send | need | want | visualize | dump |
    lst | sho
  `),
  find: phrases(`
    find | search | look up | lookup | look for | locate | query | filter | seek | hunt |
    starting with | start with | starts with | beginning with | begin with | begins with |
    containing | contain | matching | match | named | =called | whose name | is there |
    are there any | do we have any | do we sell | do you have
  `),
  create: phrases(`
    needs an account | need an account | needs a new account | new account | needs access |
    create | =new | make | set up | setup | onboard | provision | register | establish |
    spin up | sign up | enroll | add new | open new
  `),
  add: phrases(`
    add | buy | purchase | plus | extra | additional | another | more | top up | throw in |
    tack on | give them | procure | acquire | grab
  `),
  increase: phrases('increase | raise | bump | bump up | grow | scale up | expand | boost | up'),
  decrease: phrases(`
    =off |
    decrease | reduce | lower | cut | decrement | shrink | scale down | scale back | trim |
    downsize | fewer | less | minus | subtract | take away | take off | release | deduct |
    drop | lose | shed | bring down | knock down
  `),
  set: phrases('set | adjust | resize | put | make it | change to'),
  update: phrases(`
    should be | needs to be | must be | is now | has changed to |
    update | change | edit | modify | correct | fix | amend | replace | alter | overwrite
  `),
  delete: phrases(`
    del | rm |
    delete | erase | get rid of | deprovision | offboard | kill | destroy | wipe | purge |
    terminate | nuke `),
  remove: phrases(`
    out of | off of | no longer |
    remove | take out | kick | kick out | revoke | strip | unassign | demote | take away `),
  restore: phrases(`
    undo the deletion | undo deletion | reverse the deletion | undo the delete |
    restore | undelete | undo delete | recover | bring back | reinstate | revive | resurrect |
    put back | recreate `),
  reset: phrases(`
    reset | resetting | regenerate | new password | temporary password | temp password |
    forgot | forgotten | forget | locked out | lock out | unlock `),
  rename: phrases(`
    new name | a new name | name it | rename it | call it |
    rename | nickname | relabel | retitle | friendly name | =call | label | re name
  `),
  suspend: phrases(`
    suspend | pause | disable | deactivate | freeze | halt | put on hold | on hold | turn off |
    switch off | shut off | block | cancel | stop
  `),
  reactivate: phrases(`
    back on | turn it back on | switch it back on |
    reactivate | reactivation | resume | unsuspend | reenable | unpause | unfreeze | restart |
    turn back on | switch back on | activate again | enable again | unblock | reinstate |
    resurrect | reopen | reactive
  `),
  activate: phrases('activate | claim | redeem | enable | turn on | switch on | start using'),
  accept: phrases('accept | approve | take on | engage | pick up | acknowledge'),
  decline: phrases('decline | reject | refuse | turn down | pass on | dismiss | deny'),
  close: phrases('close | mark | flag | set status | move | resolve | finish | complete'),
  connect: phrases(`
    =sign me into | =log me into | =sign in to | =log in to |
    =log into | =sign into | =log onto | =logging in | =signing in | =connect | =connect to | =sign in | =sign me in | =signin | =log in | =log me in | =login |
    =logon | =log on | authenticate | authorize | =reconnect | hook up | link up
  `),
  disconnect: phrases(`
    =log me off | =sign me off | =logged out |
    disconnect | sign out | sign me out | signout | log out | log me out | logout | log off |
    logoff | sign off | unlink | end session
  `),
  test: phrases(`
    test | tst | ping | verify | diagnose | health check | healthcheck | troubleshoot | try |
    sanity check | validate | connection test
  `),
  invite: phrases(`
    reseller | reseller invite | reseller request link |
    invite | invitation | reseller relationship link | reseller link | reseller relationship |
    reseller relationship request | relationship link | relationship request |
    reseller request | request link | onboarding link | invite link | partner relationship |
    relationship
  `),
  notify: phrases(`
    notify | alert | remind | reminder | notification | =subscribe | let me know | let us know |
    tell me when | keep me posted | keep me updated | keep me informed | ping me | email me |
    message me | warn | heads up | notif `),
  unnotify: phrases(`
    unsubscribe | opt out | mute | silence | no more | stop sending | stop notify | stop alert |
    stop remind | stop notification | stop ping | stop email | turn off notification |
    turn off alert | turn off reminder | disable notification | disable alert |
    cancel notification | cancel alert | unsub
  `),
  select: phrases(`
    use | switch | switch to | select | choose | pick | work as | act as | work in | go into |
    change organization | change org
  `),
  check: phrases('check | verify | make sure | confirm that'),
  manage: phrases('manage | administer | handle | work with | deal with | operate | configure'),
  // Things
  customer: phrases(`
    customer | client | tenant | end customer | customer account | client account | cust |
    custs `),
  company: phrases('company | companies | organisation | organization | org | company name'),
  user: phrases(`
    has access | have access |
    works at | work at | works for | work for | employed at | employed by |
    user | account | people | person | member | employee | staff | mailbox | identity |
    everyone | everybody | username | upn | colleague | worker | login | usr `),
  subscription: phrases(`
    plan | =plans |
    subscription | sub | =subscribed `),
  license: phrases('license | licence | lic | seat '),
  order: phrases('order | purchase | purchase history | buy | bought '),
  benefit: phrases(`
    benefit | perk | credit | internal use right | internal use | iur | sponsorship |
    entitlement | partner benefit `),
  usage: phrases(`
    usage | consumption | consume | utilization | utilisation | utilize | spend | spending |
    cost | meter | metered | burn | how much did | how much has | used `),
  report: phrases('rpt | report | export | breakdown | statement | csv | spreadsheet '),
  offer: phrases(`
    how much is | how much does | cost of | price of | how much for |
    offer | catalog | catalogue | sku | price list | pricelist | pricing | price | sell |
    resell | product `),
  category: phrases('category | categories | product family | segment'),
  referral: phrases(`
    ref | refs |
    referral | co sell | cosell | co selling | lead | deal | opportunity | opp | oppty `),
  profile: phrases('profile | partner profile | partner details | partner info '),
  mpn: phrases(`
    mpn | mpn id | mpnid | partner id | partnerid | pgid | partner network id |
    cloud partner program id | ai cloud partner program | microsoft partner network |
    partner program | partner number
  `),
  legal: phrases('legal | legal business | legal entity | legal profile | business profile'),
  orgProfile: phrases(`
    organization profile | organisation profile | org profile | org details |
    organization details | organization info
  `),
  billing: phrases('billing | bill to | invoice | invoicing | accounts payable '),
  companyProfile: phrases(`
    company profile | company info | company information | company details | company detail |
    organization profile of | business details | business info | tenant info | tenant details |
    tenant profile | domain info
  `),
  role: phrases(`
    dir role | dir roles | perms | perm | =rights | =privileges | access rights |
    admin role | =admin =rights | administrator role | admin permission |
    role | directory role | admin role | rbac | role assignment | permission | privilege |
    access level | rol
  `),
  password: phrases(`
    password | pwd | passwd | passcode | pw | pass | new password | temporary password |
    temp password `),
  renewal: phrases(`
    =ending | =ends | end soon |
    renewal | renew | expiring | expire | expiration | expiry | autorenew | auto renew |
    term end | end date | up for renewal | coming up | lapse | lapsing `),
  audit: phrases(`
    audit | audit log | audit trail | =changes | =changed | history | activity | activity log |
    log | modification | modified | what happened | who did | recent change | changelog |
    change log | event | action taken
  `),
  connection: phrases(`
    conn | connx |
    connection | =connected | session | connectivity | =signed in | =logged in | link status | change organization | change org | connection test
  `),
  partnerCenter: phrases(`
    partner center | partner centre | partnercenter | pc | api | partner portal
  `),
  organization: phrases(`
    organization | organisation | org | partner account | partner tenant | partner org |
    directory | workspace | change organization | change org
  `),
  deleted: phrases(`
    =deleted | =removed | recycle bin | =trashed | soft deleted | recently deleted |
    deleted recently | =erased | trash | =offboarded
  `),
  details: phrases(`
    details | detail | info | information | about | overview | summary | data | properties |
    record | status | state | deets
  `),
  quantityWord: phrases(`
    quantity | seat count | license count | number of seats | number of licenses
  `),
  available: phrases(`
    avail | availabl |
    available | =unassigned | free | unused | spare | remaining | left | =assigned | =consumed |
    in use | allocated | idle | open seats | capacity
  `),
  nicknameWord: phrases('nickname | friendly name | alias | label'),
  azure: phrases('azure | microsoft azure | utilization | utilisation | utilize'),
  upcoming: phrases('upcoming | soon | coming | due | next'),
  own: phrases('have | own | pay for | paying for | subscribed to | running | got | =licensed for'),
  howMany: phrases('how many | count | number of | total | how much'),
  who: phrases('who | whom'),
  what: phrases('what | which'),
  when: phrases('when'),
  my: phrases('partner | partners | my | our | we | us | mine | ours'),
  me: phrases('i | me | myself'),
  all: phrases('all | every | entire | whole | everything'),
  recent: phrases('recent | recently | latest | last few'),
  name: phrases('name | company name | by name | whose name'),
  domainWord: phrases(
    'domain | domains | domain name | domain prefix | url | website | web address',
  ),
  // Conversation
  greet: phrases(`
    hi | hello | hey | heya | hiya | howdy | greetings | good morning | good afternoon |
    good evening | good day | morning | afternoon | evening | yo | sup | what is up | hola |
    hallo | bonjour | hi there | hello there | hey there | how are you | how is it going |
    nice to meet you | helo | hii | hihi
  `),
  thanks: phrases(`
    thanks | thank you | thx | ty | cheers | appreciate it | much appreciated | great |
    awesome | perfect | cool
  `),
  help: phrases(`
    else can you do | what else | can you do | what do you know |
    hlp | is there a way | how can we | how would i | how do we | how should i |
    help | assist | assistance | how do i | how can i | how to | how does | guide |
    instructions | tutorial | command | what can you do | what could you do | what do you do |
    what are you | who are you | what are your capabilities | capability | example | manual |
    documentation | docs | menu | feature | what can i ask | what can i say | what can i do |
    what should i say | what is possible | explain | stuck | confused |
    what you can do | what can you | what you do | how do you | how does this work | getting started |
    can this bot do | can the bot do | can it do | does this bot do | does the bot do | is this bot for |
    can this thing do | can this do
  `),
  yes: phrases(`
    yes | yeah | yep | yup | ya | yea | yes please | sure | ok | okay | k | kk | confirm |
    confirmed | go ahead | do it | proceed | affirmative | approve | approved | sounds good |
    looks good | please do | correct | right | absolutely | go for it | make it so | y |
    of course | definitely | submit | execute | apply | that is right | ship it | lgtm | go | yas
  `),
  no: phrases(`
    no | nope | nah | negative | not | no thanks | not now | hold off | n | no way | never |
    wrong | do not | rather not | nooo | noo
  `),
  cancel: phrases(`
    cancel | never mind | nevermind | nvm | abort | forget it | forget about it | forget that |
    quit | exit | scratch that | stop | halt | drop it | start over | cancel that | back out |
    undo `),
  more: phrases(`
    page 2 | page 3 | page 4 | page 5 | second page | next batch | another page |
    more | next page | next | show more | load more | continue | keep going | the rest |
    see more | page 2 | additional results | go on | further | remaining results |
    more results | following page | moar
  `),
  whoami: phrases(`
    who am i | who i am | my role | my permission | my access | my rights | my privileges |
    am i signed in as | signed in as | logged in as | am i logged in as | what am i allowed |
    am i allowed | am i an admin | am i admin | my account | my identity | my user | whoami |
    which user am i | what user am i | which account am i | what account am i |
    what can i access | what access | access do i have | do i have access | my permissions
  `),
  pronoun: phrases(`
    its | it | their | them | they | theirs | this one | that one | same customer |
    this customer | that customer | the same | this client | that client | this tenant |
    that tenant | his | her
  `),
} satisfies Record<string, readonly string[]>;

export type Concept = keyof typeof CONCEPTS;
