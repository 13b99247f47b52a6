// English safety net: cue families and their combinations (see net-types.ts); the scorer is ../net.ts.
import type { NetLexicon } from '../net-types.js';

const BODY =
  'arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hip|hips|forearm|forearms|ankle|ankles|chest|belly|hand|hands|knuckles|lip|lips|cheek|cheeks|face|head|scalp|body|fingers|nails';
const WATER = 'sea|ocean|river|lake|waves|water|canal|surf';
const HIGH =
  'bridge|roof|rooftop|building|cliff|balcony|window|ledge|overpass|tower|platform|parking+deck|parking+garage|edge';
const HOUSEHOLD =
  'husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|daddy|father|mom|mommy|mother|mum|stepdad|stepfather|stepmom|stepmother|stepmum|parents|uncle|aunt|grandpa|grandfather|grandma|grandmother|guardian|caretaker|carer|brother|sister|stepbrother|stepsister|cousin';
const CHILD =
  'son|daughter|kid|kids|child|children|baby|toddler|little+brother|little+sister|little+one|siblings|nephew|niece';
const WEAPONS =
  'gun|guns|pistol|handgun|rifle|shotgun|firearm|revolver|knife|knives|machete|bat|hammer|axe|crowbar|emoji_gun|emoji_knife|blade';

// biome-ignore format: word lists stay packed
export const netEn: NetLexicon = {
  language: 'en',
  families: {
    SELF: { p: ['i', 'myself', 'my+self', 'my+life', 'let+me', 'for+me+to', 'me+to+just', 'my+time', 'my+own'], weight: 1 },
    REFLEX: { p: ['myself', 'my+self', 'mysel*'] },
    MY_BODY: { p: [`my ..1 ${BODY}`], negatable: false },
    DESIRE: {
      p: [
        'want|wants|wanted|wanna|wish|wishing|hope|hoping|pray|praying|ready|tempted|urge|urges|craving|longing',
        'going+to|gonna|will|plan|planning|decided', 'think|thinking|thought|imagine|imagining|picture|picturing|fantasi*',
        'see+myself', 'could', 'keep+thinking', 'would+rather', 'better+off', 'easier', 'easy', 'deserve',
      ],
    },
    FINAL: {
      p: [
        'for+good', 'forever', 'for+ever', 'permanent*', 'once+and+for+all', 'never+come+back', 'not+come+back', 'for+the+last+time',
        'one+last+time', 'never+again', 'ever+again', 'for+keeps', 'much+longer', 'no+more+after',
      ],
      negatable: false,
    },
    DEATH: {
      p: [
        'die|dying|dead|died', 'not+exist|not+existing', 'stop+existing|stop+living|stop+breathing',
        'not+wake+up|never+wake+up|not+to+wake+up|never+woke+up', 'be+gone|being+gone', 'end+it|end+things|end+everything|end+my+life',
        'no+longer+be ..1 here|around|alive', 'not+be+here|not+be+around|not+being+here|not+being+around', 'unalive*',
        'go+to+sleep+and+never', 'leave+this+world|leave+this+earth|leave+this+life', 'kill+myself',
        'sleep|asleep ..1 for+good|permanently|and+never|and+not+wake', 'cease+to+exist|stop+being+alive|stop+being+here',
        'fade|fades|fading|faded ..1 away|out', 'not+long+for+this+world', 'not+be+here|not+be+around ..3 much+longer|long|tomorrow|next',
        'everything|it+all|it ..1 to ..1 stop|end ..1 permanently|for+good|forever', 'make ..1 it|everything|it+all ..1 stop+for+good|end+for+good',
      ],
      weight: 2, mild: true, negatable: true,
    },
    LEAVE: {
      p: [
        'check+out !of|at|early|the|this|that|my|your|our|some|these|those|what|how|a|it',
        'clock+out !of|at|early|the|this|that|my|your|our|a|it', 'tap+out', 'bow+out', 'log+off+for+good', 'disappear*|vanish*',
        'checked+out !of|at|early|the|this|that|my|your|our|some|these|those|what|how|a|it', 'sign+off|signing+off|signed+off',
      ],
      weight: 1,
    },
    // Exit and checkout metaphors that need no verb: "planning my exit", "my way out", "my last day on earth".
    EXIT: {
      p: [
        'my ..1 exit|departure|way+out|last+day|last+days|last+night|last+week|final+days', 'exit+plan|exit+strategy|way+out|escape+plan',
        'clock+out|clocking+out|clocked+out|tap+out|tapping+out|bow+out|bowing+out|check+out|checking+out|log+off|logging+off',
      ],
    },
    // Giving things away, final arrangements, goodbye letters: everyday alone, a farewell together.
    FAREWELL: {
      p: [
        'give|gave|giving|given ..3 away', 'rehome|rehoming|rehomed', 'find|found|finding ..1 a|new ..1 home|homes|owner|owners ..1 for',
        'left|leave|leaving ..3 my ..0 cat|cats|dog|dogs|pet|pets|plants|kids|fish|bird ..0 with',
        'look+after|take+care+of|care+for|feed ..2 cat|cats|dog|dogs|pet|pets|plants|kids ..1 for+me',
        'wrote|write|writes|written|writing|left|leaving ..4 letter|letters|note|notes', 'goodbye ..0 letter|letters|note|notes|post|message',
        'my ..0 will|passwords|affairs|life+insurance|funeral', 'affairs|things|everything ..1 in+order', 'arrangements', 'sorted|sorting ..2 out',
        'not+need|not+be+needing|not+going+to+need|not+gonna+need ..2 them|it|this|these|those|any+of|anymore',
        'last ..0 post|message|words|letter|goodbye', 'this+is+goodbye|goodbye+everyone|goodbye+all|goodbye+world|bye+everyone',
        'thank ..1 you|u ..1 all|everyone ..2 for+everything', 'thanks+for+everything|sorry+for+everything',
        'not ..1 your ..0 fault', 'i+love+you+all|love+you+all', 'made+my+peace|at+peace+with|make+my+peace', 'when+i+am+not+here|for+when+i',
        'goodbye|farewell',
      ],
      weight: 2, negatable: false,
    },
    // Life, work and plans that "exit", "leave" and "letters" usually belong to.
    WORK: {
      p: [
        'job|jobs|company|startup|team|office|role|position|career|lease|apartment|flat|contract|meeting|class|school|uni|university|college|course|program|band|club|hotel|flight|store|shop|app|account|social+media|platform|group+chat|server|landlord|business|investors|market|game|shift|library|cart|outgrown|donate|donating|charity|declutter*|moving|move|retire*|wedding|graduat*|cover+letter|application|resume|holiday|vacation|trip|ceremony|sale|colleagues|coworkers|boss|manager',
      ],
    },
    // Falling from a height: "thinking how easy it would be to go over".
    DROP: {
      p: [
        'jump|jumping|jumped|leap|leaping|leapt|go+over|going+over|went+over|step+off|stepping+off|fall|falling|let+go|lean+over|leaning+over|climb+over|climbing+over',
        'over+the ..0 edge|railing|rail|side|barrier',
      ],
    },
    HEIGHT: { p: [`${HIGH}|deck|railing|rail|ledge|drop|storey|stories|floor`] },
    SPORT: { p: ['pool|trampoline|bungee|skydiv*|parachute|diving|dive|parkour|skate*|snowboard*|ski|skiing|surf*|stunt|dare|hurdle*|horse|rope|puddle|queue|line|conclusions|conclusion|chance|opportunity|bandwagon|gun|shark|ship|topic|subject|love|asleep'] },
    METHOD: {
      p: [
        `walk|walks|walking|walked|wade|wading|swim|swimming|swam ..2 into|out+into|out+to|out+into+the ..2 ${WATER}`,
        `jump|jumping|jumped|leap|leaping|step|stepping|throw+myself|throwing+myself|go+over|going+over ..3 off|from|in+front+of|onto|over|into ..3 ${HIGH}|train|tracks|traffic|${WATER}`,
        `in+front+of ..2 a|the ..1 train|bus|truck|lorry|car|traffic|subway`,
        'drink|drank|drinking|swallow|swallowed|swallowing|chug|chugged|down|downed ..4 bleach|antifreeze|poison|drain+cleaner|pesticide',
        'bottle|cup|glass ..1 of ..1 bleach|antifreeze|poison|drain+cleaner',
        'take|took|taking|swallow|swallowed|swallowing|down ..2 all ..2 pills|meds|tablets|medication|insulin',
        'hang+myself|hanging+myself|drown+myself|drowning+myself|overdose|overdosing|od+on', 'slit ..2 wrist|wrists|throat',
        'noose', 'pull+the+trigger', 'gun+to+my+head', 'rope+around+my+neck', 'how+much ..3 would+take|it+would+take|to+kill',
      ],
      weight: 2,
    },
    MEANS: { p: ['rope|pills|meds|tablets|bleach|poison|razor|blade|gun|pistol|rifle|insulin|bridge|tracks|cliff|ledge|roof'] },
    HOPELESS: {
      p: [
        'no+point ..2 living|anymore|in+anything|in+going+on|in+trying|in+being+alive|in+life|to+life|to+anything',
        'can+not+do+this+anymore|can+not+take+it+anymore|can+not+live+like+this|can+not+go+on+like+this|can+not+go+on+living', 'can+not+go+on|can+not+keep+going $',
        'am+a+burden|a+burden+to|a+burden+on|be+a+burden|being+a+burden',
        'better+off ..1 without+me|if+i', 'easier ..3 without+me', 'better ..3 without+me',
        'tired+of+living|tired+of+being+alive|tired+of+existing|tired+of+life|sick+of+living|sick+of+being+alive|done+with+life|done+living',
        'nobody|no+one ..2 would ..2 miss+me|notice+if+i|care+if+i|notice+i', 'would+not+miss+me|would+not+even+notice',
        'if+i ..1 was|were|wasnt ..1 not ..1 here|around|in+it|alive|gone|born', 'if+i+was+gone|if+i+were+gone|if+i+died|if+i+disappeared',
        'world+would ..4 without+me|if+i', 'do+not+want+to+be+here+anymore|do+not+want+to+exist|do+not+want+to+be+alive',
        'want+it+all+to+end|want+it+to+end|want+everything+to+stop', 'wish+i ..1 was|were|had ..1 never+been+born|not+born|not+alive',
        'when|after|once i+am+gone|i+am+dead|i+die', 'no+future+for+me|no+reason+to+live|nothing+to+live+for',
        'tired|sick|exhausted|done ..1 of|with|from ..0 existing|being+alive|being+here|breathing', 'hate+existing|hate+being+alive',
        'not+want|do+not+want|dont+want ..2 to ..0 exist|be+alive|wake+up|be+here', 'no+longer+want ..2 to ..0 exist|live|be+here',
        'better+off+dead|better+off+gone|better+off+without+me|relieved+if+i|relieved+when+i', 'will+not+be+around ..2 much+longer|for+long|long',
        'will+not+need ..1 them|it|any+of ..3 where+i+am+going', 'say+goodbye+to+everyone|goodbye+forever',
      ],
      weight: 3, negatable: false,
    },
    INJURE: {
      p: [
        'bite|bites|biting|bit', 'slice|slices|slicing|sliced', 'scrape|scrapes|scraping|scraped', 'scratch*', 'pinch*',
        'carve|carves|carving|carved', 'cut|cuts|cutting', 'burn|burns|burning|burned|burnt', 'punch|punches|punching|punched',
        'hit|hits|hitting', 'bang|banging|banged|slam|slamming|slammed', 'stab|stabs|stabbing|stabbed', 'gouge*', 'pick+at|picking+at',
        'pull+out|pulling+out|pulled+out|rip+out|ripping+out', 'starve|starving|starved', 'punish|punishing|punished', 'bruise*',
        'hurt|hurting|harm|harming', 'mutilat*', 'whip*', 'claw*', 'tear+at|tearing+at',
      ],
      weight: 2,
    },
    SH_PHRASE: {
      p: [
        'punish+myself|punishing+myself', 'make|making|made myself ..1 throw+up|sick|bleed|starve|vomit|purge',
        'till|until|so ..2 bleed|bleeds|bled|bruise|bruises|scar', 'starve+myself|starving+myself', 'hurt+myself|hurting+myself',
        'skip|skipping ..2 meals ..3 punish|deserve',
      ],
      weight: 3,
    },
    ACCIDENT: {
      p: [
        'accident*|accidentally|by+mistake|cake|slice+of|piece+of|chopping|cooking|baking|shaving|ironing|stove|oven|kettle|pan|onion|onions|knife+slipped|gym|workout|football|soccer|hockey|rugby|boxing|sparring|climbing|hiking|sunburn*|tattoo*|piercing|wart|dentist|surgery|stitches|nails|tongue|lemon|sandwich|apple|food|pizza',
      ],
    },
    AGENT: { p: [`my|our ..1 ${HOUSEHOLD}`, 'dad|mom|mum|stepdad|stepmom|stepmum|stepfather|stepmother'], negatable: false },
    ABUSE: {
      p: [
        'burn|burns|burned|burnt|burning', 'lock|locks|locked|locking ..2 me|us|him|her|them ..3 in|up|out|inside',
        'locks|locked ..1 up', 'choke|chokes|choked|choking|strangle*|strangling', 'hit|hits|hitting', 'beat|beats|beating|beat+up',
        'punch*|kick|kicks|kicked|kicking|slap*|shove*|smack*|whip*', 'push|pushes|pushed|pushing', 'throw|throws|threw ..3 at|on',
        'grab|grabs|grabbed|grabbing ..1 by+the', 'twist|twists|twisted|twisting ..2 arm|arms|wrist', 'pull|pulls|pulled|drag|drags|dragged ..2 hair|by+the',
        'pin|pins|pinned ..1 down|against', 'bruise*', 'starve|starves|starved', 'scald*', 'bite|bites|bit', 'spit|spits|spat+on',
        'hurt|hurts|hurting', 'will+not+let|does+not+let|did+not+let|never+lets ..1 me|us ..2 leave|eat|out|go|see|sleep|talk|call|work|have',
        'take|takes|took|keep|keeps|kept|hide|hides|hid|smash|smashes|smashed|break|breaks|broke ..1 my ..0 phone|keys|car+keys|money|passport|id|documents|cards|bank+card|wallet',
        'throttl*|whack*|wallop*|thrash*|clobber*|pummel*|belt|belts|belted|batter*|pound|pounds|pounded|knee|knees|kneed|elbow|elbowed|headbutt*|stomp*|stamp|stamped',
        'slam|slams|slammed|smash|smashes|smashed|throw|throws|threw ..2 me|us|my ..2 into|against|down|on|onto', 'hands ..1 around|round|on ..1 my ..0 throat|neck',
        'shake|shakes|shook|shaking ..1 me|the+baby|my', 'hold|holds|held ..1 me|us ..1 down|under', 'knock|knocks|knocked ..2 me|us ..1 down|out|over',
        'torch|burn+down|set+fire',
      ],
      weight: 2,
    },
    VICTIM: { p: ['me', 'us', `my ..1 ${CHILD}`], negatable: false },
    THEM: { p: ['him|her|them'] },
    CHILD: { p: [`${CHILD}`, 'is|are ..1 #minorage', '#minorage+years', 'years+old'] },
    THREAT: {
      p: [
        'will+be+sorry|be+sorry+if|will+regret|you+will+pay|or+else|make+me+pay|next+time+i+will+not|next+time+you+will|threaten*',
        'said+he+would+kill|said+she+would+kill|watch+your+back',
      ],
      weight: 2,
    },
    WEAPON: { p: [WEAPONS], weight: 2 },
    TARGET: {
      p: [
        'teacher|boss|supervisor|manager|coworker|colleague|neighbor|neighbour|ex|guy|him|her|them|those+people|school|office|class|bar|work|party|church',
        'where+he|where+she|where+they ..2 live|lives|park|parks|work|works', 'his|her|their ..1 house|car|place|home',
      ],
    },
    HAVE: {
      p: [
        'have|has|got|keep|keeps|carry|carrying|bring|bringing|take|taking|ready|loaded|in+my+trunk|in+the+trunk|in+my+car|in+my+bag|on+me',
        'going+to|gonna|will|swear|want+to|wanna|know+where|waiting|plan|planning',
      ],
    },
    HARM: {
      p: [
        'stab|shoot|smash|bash|beat+up|hurt|kill|strangle|choke|run+over|blow+up|get+back+at', 'make ..2 pay', 'teach ..2 a+lesson',
        'cut his|her|their throat', 'break ..2 his|her|their ..1 neck|legs|face|head',
      ],
      weight: 2, mild: true,
    },
    INTENT: { p: ['going+to|gonna|will|swear|want+to|wanna|about+to|plan+to|ready+to|next'] },
    LEISURE: { p: ['game|games|gaming|hunting|range|chess|cards|baseball|softball|cricket|kitchen|cooking|lunch|steak|bread|fruit|carpentry|tools|camping|fishing|paintball|airsoft'] },
  },
  combos: [
    { id: 'net.self-risk', kind: 'suicide', anchor: ['DEATH', 'METHOD', 'LEAVE'], with: [['SELF']], boost: ['DESIRE', 'FINAL', 'MEANS'], min: 3, window: 6, subject: true },
    { id: 'net.exit-final', kind: 'suicide', anchor: ['EXIT'], with: [['FINAL', 'DESIRE', 'SELF']], boost: ['FINAL', 'DESIRE'], min: 3, window: 6, subject: true, unless: ['WORK'] },
    { id: 'net.farewell', kind: 'suicide', anchor: ['FAREWELL'], with: [['FAREWELL', 'EXIT', 'FINAL', 'HOPELESS']], min: 3, window: 30, scope: 'message', unless: ['WORK'] },
    { id: 'net.height', kind: 'suicide', anchor: ['DROP'], with: [['SELF'], ['HEIGHT']], boost: ['DESIRE'], min: 4, window: 16, subject: true, unless: ['SPORT', 'LEISURE', 'ACCIDENT'] },
    { id: 'net.hopeless', kind: 'suicide', anchor: ['HOPELESS'], with: [], min: 3, window: 0 },
    { id: 'net.self-injury', kind: 'self-harm', anchor: ['INJURE'], with: [['REFLEX', 'MY_BODY']], min: 3, window: 4, scope: 'clause', subject: true, unless: ['ACCIDENT', 'AGENT'] },
    { id: 'net.self-injury-phrase', kind: 'self-harm', anchor: ['SH_PHRASE'], with: [], min: 3, window: 0, unless: ['ACCIDENT'] },
    { id: 'net.home-abuse', kind: 'unsafe-at-home', anchor: ['ABUSE'], with: [['AGENT'], ['VICTIM', 'MY_BODY']], min: 4, window: 8, unless: ['ACCIDENT', 'LEISURE'] },
    { id: 'net.home-child', kind: 'unsafe-at-home', anchor: ['ABUSE'], with: [['AGENT'], ['THEM'], ['CHILD']], min: 5, window: 12, unless: ['ACCIDENT', 'LEISURE'] },
    { id: 'net.home-threat', kind: 'unsafe-at-home', anchor: ['THREAT'], with: [['AGENT']], min: 3, window: 10 },
    { id: 'net.others-weapon', kind: 'harm-to-others', anchor: ['WEAPON'], with: [['TARGET'], ['HAVE', 'HARM']], min: 4, window: 12, unless: ['LEISURE', 'ACCIDENT'] },
    { id: 'net.others-intent', kind: 'harm-to-others', anchor: ['HARM'], with: [['SELF'], ['TARGET'], ['INTENT']], min: 5, subject: true, window: 6, unless: ['LEISURE'] },
  ],
  idioms: [
    'dead+tired|dead+serious|dead+end|dead+set|dead+on|dead+last|dead+weight|dead+battery|dead+phone|deadline*',
    'dying+to|dying+for|die+for|died+laughing|die+laughing|dying+laughing|die+of ..1 embarrassment|shame|boredom|laughter|cringe',
    'nearly|almost ..2 died|die|dead', 'to+die+for', 'over+my+dead+body', 'dead+inside ..1 lol', 'the+dead',
    'death+metal|death+star|death+note|death+valley', 'check+out+of|checked+out+of|checking+out+of',
    'disappear* ..1 for+a+while|for+a+bit|for+a+few|for+the+weekend|from+social|off+social|from+the+internet|off+the+grid|into+a+book|into+a+good|into+my+work|into+the+crowd|on+vacation',
    'bit+of|a+bit|bit+more|bit+less|little+bit|bit+better|bit+worse', 'hit+me+up|hit+me+with|it+hit+me|hits+me|hit+me+that|hit+me+hard',
    'burned+out|burnt+out|burn+out|burning+out|burnout', 'cut+back|cut+down|cut+off|cut+out|cut+ties|cut+corners',
    'kill+time|killing+time|killed+it|kill+it|killing+it', 'beat+me+at|beat+us+at|beats+me|beat+me+to',
    'end+things+with|end+it+with|ending+things+with|end+things+between|kill+me|kills+me|killing+me|kill+us', 'hit+the+roof|hit+the+ceiling|hit+the+road|hit+the+gym|hit+the+books|hit+it+off|hit+the+sack|hit+the+hay', 'disappear*|vanish* for !good|ever|real',
    'died|die|dying ..3 times|lives|respawn*', 'will|would ..1 die ..1 if|of|for|without', 'bit|bite|biting|bites ..2 head+off',
    'hit|bumped|banged|bang|hitting|bumping ..1 my+head ..1 on', 'cut+myself+a|cut+me+a|cut+myself+some|cut+myself+some+slack|cut+myself+off',
    'killing+it|killed+it|slay*|dead+funny|dead+good|dead+easy|dead+quiet', 'checking+out|check+out|checked+out ..2 of|at|from ..1 the|a|my|our',
    'exit+interview|exit+survey|exit+poll|exit+row|exit+sign|exit+ramp|fire+exit|emergency+exit|exit+the|exit+out+of',
    'give+it+away|giving+it+away|gave+it+away|gave+away+the|give+away+the|giveaway*', 'jump+in|jump+on|jump+at|jump+to|jumped+at|jumping+to',
  ],
  laughter: ['lol|lmao|lmfao|rofl|jk|haha*|hehe*|kidding|joking|emoji_laugh|emoji_skull|xd|lmaoo*|ded|bruh|omg|istg'],
  context: [
    'nurse|nurses|doctor|doctors|dr|patient|patients|surgeon|paramedic|shift|er|icu|ward|ambulance|character|characters|novel|movie|film|show|episode|series|documentary|news|article|podcast|game|videogame|book|story|plot|villain|hero|heroine|protagonist|detective|fiction|play|scene|lyrics|song|poem|essay|lecture|textbook|history|historical',
    'chapter|chapters|thriller|manuscript|screenplay|script|novelist|author|editor|headline|headlines|reporter|journalist|reported|according+to|study|survey|statistics|thesis|dissertation|seminar|training|webinar|clients|client|caseload|therapist+asked|anime|manga|comic|campaign|quest|boss+fight|respawn|npc|dnd',
  ],
  impliedSelf: {
    family: 'SELF',
    p: [
      'been|wrote|written|writing|gave|giving|given|planning|planned|gonna|ready|done|tired|sick|wish|wishing|wanna|hoping|sorted|started|thinking|thought|decided|deciding|getting|finally|seriously',
      'cant|cannot|can+not|dont|do+not|wont|will+not|keep|kept|feel|feeling|felt|just|made|making|spent|took|taking|looked|looking|googled|researched|standing|sitting',
      'saving|saved|stocking|counted|counting|bought|got|have|left|leaving|saying|said|told|hope|need|needed|want|wanted|going+to|about+to|not+long|no+longer',
    ],
  },
  third: [
    'he|she|they|his|her|their|it|someone|somebody|everyone|everybody|people|person|dad|mom|mum|father|mother|brother|sister|grandma|grandpa|grandmother|grandfather|uncle|aunt|friend|husband|wife|partner|son|daughter|dog|cat|pet|patient|character|neighbor|neighbour|cousin|boyfriend|girlfriend|baby|plant|plants|phone|battery|car|laptop',
  ],
};
